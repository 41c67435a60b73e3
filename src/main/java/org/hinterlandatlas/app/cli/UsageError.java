// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.words.Messages;
import picocli.CommandLine;

/**
 * A bad argument of the command line or of the window, told in Chinese and English, which ends the program
 * with {@link AtlasCli#USAGE}. The window and the commands share these messages, so one mistake reads the same.
 */
public final class UsageError extends Exception {

    private static final long serialVersionUID = 1L;

    private final String zh;
    private final String en;

    /** The message of a key of the command line's words (resources/i18n/cli_*.properties). */
    public UsageError(String key, String... arguments) {
        this(Messages.bilingual(key, arguments));
    }

    private UsageError(Bilingual text) {
        super(both(text.zh(), text.en()));
        this.zh = text.zh();
        this.en = text.en();
    }

    /** A message in the command line's two-language form: the Chinese line, then the English. */
    public static String both(String zh, String en) {
        return Messages.of(Language.ZH).format("cli.error", zh) + "\n" + Messages.of(Language.EN).format("cli.error", en);
    }

    /** {@link #both(String, String)} of a key of the command line's words. */
    public static String message(String key, String... arguments) {
        Bilingual text = Messages.bilingual(key, arguments);
        return both(text.zh(), text.en());
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** {@code zh} or {@code en}, in any case. */
    public static Language language(String value) throws UsageError {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "zh" -> Language.ZH;
            case "en" -> Language.EN;
            default -> throw new UsageError("cli.unknownLanguage", value);
        };
    }

    /** The state of that id, or the error that lists every valid one. */
    public static MapState view(String id, List<MapState> states) throws UsageError {
        for (MapState state : states) {
            if (state.id().equals(id)) {
                return state;
            }
        }
        String ids = states.stream().map(MapState::id).collect(Collectors.joining(", "));
        throw new UsageError("cli.unknownView", id, ids);
    }

    /**
     * Picocli's own parse error (an unknown option, a missing value) in the command line's words and the same
     * two-language form, with the way to the option list instead of the whole usage text.
     */
    public static UsageError of(CommandLine.ParameterException e) {
        String help = e.getCommandLine().getCommandSpec().qualifiedName() + " --help";
        return new UsageError(Messages.perLanguage("cli.badArguments", ParseErrorMessage.of(e), help));
    }

    /** Reports picocli's parse errors as {@link #of(CommandLine.ParameterException)} does. */
    public static CommandLine.IParameterExceptionHandler parameterHandler() {
        return (e, args) -> {
            e.getCommandLine().getErr().println(of(e).getMessage());
            e.getCommandLine().getErr().flush();
            return AtlasCli.USAGE;
        };
    }
}
