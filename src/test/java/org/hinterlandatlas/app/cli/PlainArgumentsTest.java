// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Arguments read without picocli are read as picocli reads them, and everything else is left to picocli. */
class PlainArgumentsTest {

    @Test
    void theOptionTablesAreTheCommandsOwnOptions() {
        Map<String, CommandLine> commands = AtlasCli.commandLine().getSubcommands();
        assertEquals(PlainArguments.EXPORT, kinds(commands.get("export")));
        assertEquals(PlainArguments.LIST_VIEWS, kinds(commands.get("list-views")));
    }

    @Test
    void aScriptsFigureCommandIsReadWithoutPicocli() {
        assertTrue(PlainArguments.of(new String[] {"export", "--view", "circle", "--paper", "A4", "--landscape",
                "--out", "figure.png"}).isPresent());
        assertTrue(PlainArguments.of(new String[] {"export", "--view=circle", "--dpi=600", "--paper", "custom",
                "--width-mm", "210.5", "--height-mm=99", "--title", "成渝地区双城经济圈", "--out", "a b.svg"}).isPresent());
        assertTrue(PlainArguments.of(new String[] {"list-views"}).isPresent());
        assertTrue(PlainArguments.of(new String[] {"list-views", "--data-dir", "edited"}).isPresent());
    }

    @Test
    void helpVersionAndMistakesAreLeftToPicocli() {
        for (String[] args : List.of(new String[] {"export", "--help"}, new String[] {"export", "-V"},
                new String[] {"help", "export"}, new String[] {"export", "--view", "circle"},
                new String[] {"export", "--view", "--out", "x.png"}, new String[] {"export", "--out", "x.png", "--dpi", "0300"},
                new String[] {"export", "--out", "x.png", "--dpi", "3e2"}, new String[] {"export", "--out", "x.png", "extra"},
                new String[] {"export", "--out", "x.png", "--out", "y.png"}, new String[] {"export", "--out", "x.png", "--landscape=true"},
                new String[] {"export", "@arguments.txt"}, new String[] {"export", "--out", "x.png", "--"},
                new String[] {"list-views", "--view", "circle"}, new String[] {"export", "--out=", "--view", "c"})) {
            assertFalse(PlainArguments.of(args).isPresent(), String.join(" ", args));
        }
    }

    /**
     * Thousands of argument lists made of the commands' options, well- and ill-formed values and stray tokens:
     * each one read without picocli parses with picocli too, into the same command.
     */
    @Test
    void whatIsReadWithoutPicocliPicocliReadsTheSame() throws Exception {
        Random random = new Random(20261202);
        List<String> names = new ArrayList<>(PlainArguments.EXPORT.keySet());
        List<String> values = List.of("circle", "A4", "custom", "16:9", "300", "72", "1200", "0300", "+300", "-5",
                "3e2", "12.5", "0.5", "1.", ".5", "99999999999", "zh", "en", "x.png", "dir/x.pdf", "a b.svg", "",
                "@file", "--", "-h", "--help", "export", "help", "true", "成渝", "x=y");
        int read = 0;
        for (int round = 0; round < 4000; round++) {
            List<String> args = new ArrayList<>(List.of(random.nextInt(8) == 0 ? "list-views" : "export"));
            int count = random.nextInt(7);
            for (int i = 0; i < count; i++) {
                String name = names.get(random.nextInt(names.size()));
                String value = values.get(random.nextInt(values.size()));
                switch (random.nextInt(5)) {
                    case 0 -> args.add(name + "=" + value);
                    case 1 -> args.add(value);
                    default -> args.addAll(PlainArguments.EXPORT.get(name) == PlainArguments.Kind.FLAG
                            ? List.of(name) : List.of(name, value));
                }
            }
            if (random.nextInt(3) > 0) {
                args.addAll(List.of("--out", values.get(random.nextInt(values.size()))));
            }
            String[] array = args.toArray(String[]::new);
            Optional<PlainArguments> plain = PlainArguments.of(array);
            if (plain.isPresent()) {
                read++;
                assertEquals(picocliFields(array), fields(plain.get()), String.join(" ", array));
            }
        }
        assertTrue(read > 200, "only " + read + " of the argument lists were read without picocli");
    }

    private static Map<String, PlainArguments.Kind> kinds(CommandLine command) {
        Map<String, PlainArguments.Kind> kinds = new HashMap<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            assertEquals(1, option.names().length, option.longestName());
            Class<?> type = option.type();
            kinds.put(option.longestName(), type == boolean.class ? PlainArguments.Kind.FLAG
                    : type == String.class ? PlainArguments.Kind.TEXT
                    : type == int.class ? PlainArguments.Kind.WHOLE_NUMBER
                    : type == Double.class ? PlainArguments.Kind.NUMBER
                    : type == Path.class ? PlainArguments.Kind.PATH : null);
        }
        return kinds;
    }

    private static Map<String, Object> picocliFields(String[] args) throws IllegalAccessException {
        CommandLine.ParseResult parsed = AtlasCli.commandLine().parseArgs(args);
        return fieldsOf(parsed.subcommand().commandSpec().userObject());
    }

    private static Map<String, Object> fields(PlainArguments plain) throws IllegalAccessException {
        return fieldsOf(plain.command().equals("export") ? ExportCommand.of(plain) : ListViewsCommand.of(plain));
    }

    /** Every option field of the command and of its data option, by name. */
    private static Map<String, Object> fieldsOf(Object command) throws IllegalAccessException {
        Map<String, Object> values = new HashMap<>();
        for (Field field : command.getClass().getDeclaredFields()) {
            field.setAccessible(true);
            if (field.isAnnotationPresent(CommandLine.Option.class)) {
                values.put(field.getName(), field.get(command));
            } else if (field.getType() == DataOption.class) {
                for (Field inner : DataOption.class.getDeclaredFields()) {
                    if (inner.isAnnotationPresent(CommandLine.Option.class)) {
                        inner.setAccessible(true);
                        values.put(inner.getName(), inner.get(field.get(command)));
                    }
                }
            }
        }
        return values;
    }
}
