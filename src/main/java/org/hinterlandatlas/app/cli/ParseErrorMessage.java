// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.util.List;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.words.Messages;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Each of picocli's parse errors told in the command line's own words, in both languages, with the option
 * named: picocli's messages are English only. Picocli tells its errors apart by class and by what it
 * attaches to them (the option, the value, the arguments), never by its wording, so that is what is read here.
 */
final class ParseErrorMessage {

    private ParseErrorMessage() {
    }

    static Bilingual of(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched.getUnmatched());
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec option = missing.getMissing().get(0);
            return Messages.bilingual(typed(e, option) ? "cli.missingValue" : "cli.missingOption", name(option));
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return Messages.bilingual("cli.repeatedOption", name(overwritten.getOverwritten()));
        }
        if (e.getCause() instanceof TypeConversionException && e.getArgSpec() != null) {
            return badValue(e.getArgSpec(), e.getValue());
        }
        if (e.getArgSpec() == null && e.getValue() != null) {
            // the only other error with a value and no option: `help NAME` of a command that does not exist
            return Messages.bilingual("cli.unknownCommand", e.getValue(),
                    String.join(", ", e.getCommandLine().getSubcommands().keySet()));
        }
        // A kind of error the options above cannot raise (e.g. a value count on a multi-value option): said
        // in both languages all the same, with picocli's detail.
        return Messages.bilingual("cli.unreadable", e.getMessage());
    }

    private static Bilingual unmatched(List<String> arguments) {
        String first = arguments.isEmpty() ? "" : arguments.get(0);
        if (first.startsWith("-")) {
            int equals = first.indexOf('=');
            return Messages.bilingual("cli.unknownOption", equals > 0 ? first.substring(0, equals) : first);
        }
        return Messages.bilingual("cli.unexpectedArgument", first);
    }

    private static Bilingual badValue(ArgSpec option, String value) {
        Class<?> type = option.type();
        String key;
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            key = "cli.notAWholeNumber";
        } else if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            key = "cli.notANumber";
        } else if (type == boolean.class || type == Boolean.class) {
            key = "cli.notABoolean";
        } else {
            key = "cli.badValue";
        }
        return Messages.bilingual(key, name(option), value);
    }

    /** Whether the option was typed (and so lacks its value) rather than left out. */
    private static boolean typed(ParameterException e, ArgSpec option) {
        CommandLine.ParseResult parsed = e.getCommandLine().getParseResult();
        if (parsed == null || !(option instanceof OptionSpec spec)) {
            return false;
        }
        for (String argument : parsed.originalArgs()) {
            for (String name : spec.names()) {
                if (argument.equals(name) || argument.startsWith(name + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
