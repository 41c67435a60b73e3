// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import picocli.CommandLine;

/**
 * A bad argument of the command line or of the window, told in Chinese and English, which ends the program
 * with {@link AtlasCli#USAGE}. The window and the commands share these messages, so one mistake reads the same.
 */
public final class UsageError extends Exception {

    private static final long serialVersionUID = 1L;

    private final String zh;
    private final String en;

    public UsageError(String zh, String en) {
        super("错误：" + zh + "\nError: " + en);
        this.zh = zh;
        this.en = en;
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
            default -> throw new UsageError("未知语言“" + value + "”，可用 zh、en",
                    "unknown language \"" + value + "\"; use zh or en");
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
        throw new UsageError("未知的视图“" + id + "”。可用的视图：" + ids, "unknown view \"" + id + "\". Valid views: " + ids);
    }

    /**
     * Picocli's own parse error (an unknown option, a missing value) in the same two-language form, with the
     * way to the option list instead of the whole usage text.
     */
    public static UsageError of(CommandLine.ParameterException e) {
        String help = e.getCommandLine().getCommandSpec().qualifiedName() + " --help";
        return new UsageError("命令行参数有误：" + e.getMessage() + "（选项一览：" + help + "）",
                e.getMessage() + " (see " + help + ")");
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
