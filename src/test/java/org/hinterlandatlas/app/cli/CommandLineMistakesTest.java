// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of mistake picocli can find on our command lines, and the ones it cannot (options that do not go
 * together, a data folder that is not there), each told in both languages with the option named, exit 2 and
 * no file written.
 */
class CommandLineMistakesTest {

    @TempDir
    Path folder;

    private final CapturedCommandLine cli = new CapturedCommandLine();

    /** Each of picocli's error kinds: the arguments, then what the Chinese and the English line must say. */
    static Stream<Arguments> picocliErrors() {
        return Stream.of(
                // a value of the wrong type, for each type our options have
                Arguments.of(List.of("export", "--view", "circle", "--dpi", "abc", "--out", "x.png"),
                        "选项 --dpi 须为整数，而不是“abc”", "the option --dpi takes a whole number, not \"abc\""),
                Arguments.of(List.of("export", "--paper", "custom", "--width-mm", "wide", "--out", "x.png"),
                        "选项 --width-mm 须为数字，而不是“wide”", "the option --width-mm takes a number, not \"wide\""),
                Arguments.of(List.of("export", "--landscape=yes", "--out", "x.png"),
                        "选项 --landscape 须为 true 或 false，而不是“yes”",
                        "the option --landscape takes true or false, not \"yes\""),
                // an option that does not exist, alone or with a value attached
                Arguments.of(List.of("export", "--view", "circle", "--frob", "--out", "x.png"),
                        "未知选项 --frob", "unknown option --frob"),
                Arguments.of(List.of("list-views", "--view=circle"), "未知选项 --view", "unknown option --view"),
                // a required option left out, and one typed without its value (at the end or before another)
                Arguments.of(List.of("export", "--view", "circle"), "缺少必需的选项 --out", "the option --out is required"),
                Arguments.of(List.of("export", "--view", "circle", "--out"),
                        "选项 --out 缺少值", "the option --out needs a value"),
                Arguments.of(List.of("export", "--out", "--dpi", "300"),
                        "选项 --out 缺少值", "the option --out needs a value"),
                // an option given twice
                Arguments.of(List.of("export", "--view", "circle", "--view", "national", "--out", "x.png"),
                        "选项 --view 给了不止一次", "the option --view is given more than once"),
                // a word that belongs to no option
                Arguments.of(List.of("export", "circle", "--out", "x.png"),
                        "多余的参数“circle”", "unexpected argument \"circle\""),
                // help of a command that does not exist
                Arguments.of(List.of("help", "frob"), "未知命令“frob”", "unknown command \"frob\"; use export, list-views, help"));
    }

    @ParameterizedTest
    @MethodSource("picocliErrors")
    void picocliErrorsAreToldInBothLanguagesWithTheOptionNamed(List<String> args, String zh, String en) {
        // a figure written by mistake would land in the test's folder, where it is looked for
        int exit = cli.run(args.stream().map(a -> a.equals("x.png") ? folder.resolve(a).toString() : a).toArray(String[]::new));

        assertEquals(AtlasCli.USAGE, exit, String.join(" ", args));
        String message = cli.err();
        String[] lines = message.split("\\R");
        assertEquals(2, lines.length, message);
        assertTrue(lines[0].startsWith("错误：命令行参数有误：" + zh), message);
        assertTrue(lines[0].endsWith("）"), "the Chinese line points to --help in Chinese: " + message);
        assertTrue(lines[1].startsWith("Error: " + en), message);
        assertTrue(lines[1].endsWith(" --help)"), message);
        for (String picocliWords : List.of("Invalid value", "Unknown option", "Missing required", "Expected parameter",
                "should be specified", "Unmatched argument", "Unknown subcommand")) {
            assertFalse(message.contains(picocliWords), "picocli's English leaks through: " + message);
        }
        assertNoFiles();
    }

    @Test
    void aPaperSizeWithoutACustomPaperIsAMistakeNotIgnored() {
        assertEquals(AtlasCli.USAGE, cli.run("export", "--view", "circle", "--width-mm", "100", "--out",
                folder.resolve("x.png").toString()));
        assertTrue(cli.err().contains("--width-mm 与 --height-mm 只用于自定义纸张"), cli.err());
        assertTrue(cli.err().contains("--width-mm and --height-mm size a custom paper only; add --paper custom"),
                cli.err());
        cli.forgetOutput();
        assertEquals(AtlasCli.USAGE, cli.run("export", "--view", "circle", "--paper", "A3", "--height-mm", "100", "--out",
                folder.resolve("x.png").toString()));
        assertTrue(cli.err().contains("add --paper custom"), cli.err());
        assertNoFiles();
    }

    @Test
    void aFormatThatContradictsTheFileNameIsRefused() {
        assertEquals(AtlasCli.USAGE, cli.run("export", "--view", "circle", "--format", "pdf", "--out",
                folder.resolve("x.png").toString()));
        assertTrue(cli.err().contains("--format pdf 与文件名 x.png 不符"), cli.err());
        assertTrue(cli.err().contains("--format pdf does not match the file name x.png; name it .pdf"),
                cli.err());
        cli.forgetOutput();
        assertEquals(AtlasCli.USAGE, cli.run("export", "--lesson", "default", "--format", "pdf", "--out",
                folder.resolve("pack.svg").toString()));
        assertTrue(cli.err().contains("does not match the file name pack.svg"), cli.err());
        assertNoFiles();
    }

    @Test
    void aFormatGivenForANameWithoutAFigureExtensionIsTheOneWritten() throws IOException {
        Path file = folder.resolve("circle.figure");
        assertEquals(0, cli.run("export", "--view", "circle", "--format", "svg", "--out", file.toString()), cli.err());
        assertTrue(Files.readString(file).contains("<svg"));
    }

    @Test
    void everyCommandPrintsItsVersion() {
        for (String command : List.of("export", "list-views")) {
            cli.forgetOutput();
            assertEquals(0, cli.run(command, "--version"), command);
            assertEquals(AtlasCli.VERSION, cli.out().strip(), command);
        }
    }

    @Test
    void aDataFolderThatIsNotThereIsSaidToBeMissingAsAFolder() throws IOException {
        Path missing = folder.resolve("no-such-data");
        assertEquals(AtlasCli.USAGE, cli.run("export", "--data-dir", missing.toString(), "--view", "circle", "--out",
                folder.resolve("x.png").toString()));
        assertTrue(cli.err().contains("数据文件夹 " + missing + " 不存在"), cli.err());
        assertTrue(cli.err().contains("the data folder " + missing + " does not exist"), cli.err());
        assertFalse(cli.err().contains("map-style.json"), cli.err());

        cli.forgetOutput();
        Path file = Files.writeString(folder.resolve("data.txt"), "not a folder");
        assertEquals(AtlasCli.USAGE, cli.run("list-views", "--data-dir", file.toString()));
        assertTrue(cli.err().contains("the data folder " + file + " is not a folder"), cli.err());
        assertEquals(List.of(file), files());
    }

    private void assertNoFiles() {
        assertEquals(List.of(), files());
    }

    private List<Path> files() {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
