// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The data and figure layers tell their messages through the bundles of {@code words.Messages}: a string
 * literal with Chinese in their sources is a message written inline, which the bundles would not see.
 * ArchUnit reads bytecode, where a literal is no dependency, so the sources are read here.
 */
class NoInlineChineseTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final List<Path> CHECKED = List.of(Path.of("src/main/java/org/hinterlandatlas/data"),
            Path.of("src/main/java/org/hinterlandatlas/figure"));

    @Test
    void dataAndFigureSourcesHoldNoChineseStringLiteral() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : CHECKED) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    for (Literal literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                        if (HAN.matcher(literal.text()).find()) {
                            found.add(file + ":" + literal.line() + ": " + literal.text());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "Chinese written inline; give it a key in a bundle of resources/i18n");
    }

    @Test
    void theScannerSeesLiteralsAndSkipsComments() {
        String source = """
                // "注释" in a line comment
                /* "注释" in a block comment */
                String a = "成都" + 'x' + "say \\"重庆\\"";
                String b = \"""
                    绵阳
                    \""";
                """;
        List<Literal> literals = literals(source);
        assertEquals(List.of(new Literal(3, "成都"), new Literal(3, "say \\\"重庆\\\""),
                new Literal(4, "\n    绵阳\n    ")), literals);
    }

    private record Literal(int line, String text) {
    }

    /** The string literals and text blocks of a Java source, with the line each starts on; comments are skipped. */
    private static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = endOf(source, "\n", i + 2) - 1;
            } else if (source.startsWith("/*", i)) {
                int end = endOf(source, "*/", i + 2);
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = closing(source, "\"\"\"", i + 3);
                literals.add(new Literal(line, source.substring(i + 3, end - 3)));
                line += count(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = closing(source, String.valueOf(c), i + 1);
                if (c == '"') {
                    literals.add(new Literal(line, source.substring(i + 1, end - 1)));
                }
                i = end;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** The index just after the first unescaped {@code quote} from {@code from}. */
    private static int closing(String source, String quote, int from) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + quote.length());
    }

    private static int endOf(String source, String end, int from) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }

    private static int count(String source, int from, int to) {
        return (int) source.substring(from, to).chars().filter(ch -> ch == '\n').count();
    }
}
