// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The arguments of {@code export} or {@code list-views} read without picocli, when they are plainly
 * well-formed: a figure command is a fresh JVM, and picocli's first set-up (its classes, the annotations read
 * by reflection) costs it ≈ 0.1–0.25 s before the figure is begun, more than the whole data load.
 * <p>
 * Only a strict subset of what picocli accepts is read here: each token a known {@code --option} of the
 * command, given once, its value after a space or {@code =}, a number written plainly. Anything else — help,
 * a mistake, an {@code @file}, a value that starts with {@code -} or {@code @}, a number picocli might read
 * another way — is left to picocli, so every message of a mistake stays the one of decision 0082. Within the
 * subset the values are the ones picocli gives ({@code PlainArgumentsTest} compares the two).
 */
final class PlainArguments {

    /** What an option takes. */
    enum Kind { FLAG, TEXT, WHOLE_NUMBER, NUMBER, PATH }

    /** The options of {@code export}, as its picocli annotations declare them (the test keeps the two equal). */
    static final Map<String, Kind> EXPORT = Map.ofEntries(
            Map.entry(DataOption.NAME, Kind.PATH), Map.entry("--view", Kind.TEXT), Map.entry("--lesson", Kind.TEXT),
            Map.entry("--out", Kind.PATH), Map.entry("--format", Kind.TEXT), Map.entry("--paper", Kind.TEXT),
            Map.entry("--landscape", Kind.FLAG), Map.entry("--portrait", Kind.FLAG),
            Map.entry("--width-mm", Kind.NUMBER), Map.entry("--height-mm", Kind.NUMBER),
            Map.entry("--dpi", Kind.WHOLE_NUMBER), Map.entry("--lang", Kind.TEXT), Map.entry("--title", Kind.TEXT),
            Map.entry("--no-title", Kind.FLAG), Map.entry("--no-legend", Kind.FLAG),
            Map.entry("--no-scale-bar", Kind.FLAG), Map.entry("--no-north-arrow", Kind.FLAG),
            Map.entry("--no-credits", Kind.FLAG), Map.entry("--no-notice", Kind.FLAG));
    /** The options of {@code list-views}. */
    static final Map<String, Kind> LIST_VIEWS = Map.of(DataOption.NAME, Kind.PATH);

    // Written so that Integer.parseInt and Double.parseDouble read them as picocli's converters do.
    private static final Pattern WHOLE = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern DECIMAL = Pattern.compile("[1-9][0-9]{0,5}(\\.[0-9]{1,6})?");
    private static final Set<String> COMMAND_NAMES = Set.of("export", "list-views", "help");

    private final String command;
    private final Map<String, String> values;

    private PlainArguments(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    /** The arguments read, or empty when picocli must read them. */
    static Optional<PlainArguments> of(String[] args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        Map<String, Kind> options = switch (args[0]) {
            case "export" -> EXPORT;
            case "list-views" -> LIST_VIEWS;
            default -> null;
        };
        if (options == null) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String token = args[i];
            int equals = token.indexOf('=');
            String name = equals < 0 ? token : token.substring(0, equals);
            Kind kind = options.get(name);
            if (kind == null || values.containsKey(name)) {
                return Optional.empty();
            }
            String value;
            if (kind == Kind.FLAG) {
                if (equals >= 0) {
                    return Optional.empty();
                }
                value = "true";
            } else if (equals >= 0) {
                value = token.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (!plain(kind, value)) {
                return Optional.empty();
            }
            values.put(name, value);
        }
        if (options == EXPORT && !values.containsKey("--out")) {
            return Optional.empty();
        }
        return Optional.of(new PlainArguments(args[0], values));
    }

    private static boolean plain(Kind kind, String value) {
        if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || COMMAND_NAMES.contains(value)) {
            return false;
        }
        return switch (kind) {
            case FLAG, TEXT -> true;
            case WHOLE_NUMBER -> WHOLE.matcher(value).matches();
            case NUMBER -> DECIMAL.matcher(value).matches();
            case PATH -> isPath(value);
        };
    }

    private static boolean isPath(String value) {
        try {
            Path.of(value);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** {@code export} or {@code list-views}. */
    String command() {
        return command;
    }

    /** The value given, or {@code otherwise}. */
    String text(String option, String otherwise) {
        return values.getOrDefault(option, otherwise);
    }

    boolean flag(String option) {
        return values.containsKey(option);
    }

    Integer wholeNumber(String option) {
        String value = values.get(option);
        return value == null ? null : Integer.parseInt(value);
    }

    Double number(String option) {
        String value = values.get(option);
        return value == null ? null : Double.parseDouble(value);
    }

    Path path(String option) {
        String value = values.get(option);
        return value == null ? null : Path.of(value);
    }
}
