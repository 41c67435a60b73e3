// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.util.logging.Logger;
import javafx.application.Application;
import org.hinterlandatlas.app.cli.AtlasCli;
import picocli.CommandLine;

/**
 * The entry point. It must not extend {@link Application}: started from the classpath, a main class that
 * does would be refused by the JavaFX launcher checks.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * A first argument naming a subcommand ({@code export}, {@code list-views}, {@code help}) runs the command
     * line, with no window. Otherwise the arguments are the window's options ({@link WindowOptions}), checked
     * before it opens: a mistake, {@code --help} and {@code --version} end here as they do for the commands.
     * The shipped data starts loading first, beside all that and JavaFX's start ({@link EarlyStart}).
     * A window started while one is open brings that one to the front and ends (see {@link SingleInstance}).
     */
    public static void main(String[] args) {
        if (AtlasCli.isCommand(args)) {
            // Figures need no display; headless AWT also starts faster.
            System.setProperty("java.awt.headless", "true");
            System.exit(AtlasCli.run(args));
        }
        EarlyStart.begin(args);
        // with no options there is nothing to check, and picocli's set-up is left out of the start
        if (args.length > 0) {
            CommandLine window = WindowOptions.commandLine();
            int checked = window.execute(args);
            if (checked != 0 || window.isUsageHelpRequested() || window.isVersionHelpRequested()) {
                System.exit(checked);
            }
        }
        SingleInstance.Outcome claimed = SingleInstance.claim(SingleInstance.folderForThisUser());
        if (claimed instanceof SingleInstance.Signalled) {
            log().info("战略腹地图集已经打开，已将它的窗口移到最前。 / Hinterland Atlas is already open; its window was brought to the front.");
            return;
        }
        if (claimed instanceof SingleInstance.First first) {
            try (SingleInstance instance = first.instance()) {
                AtlasApp.answerLaterStarts(instance);
                EarlyStart.beforeToolkit();
                Application.launch(AtlasApp.class, args);
            }
            System.exit(AtlasApp.exitCode());
        }
        // Never keep a teacher from the atlas because an earlier one hangs or the folder is unusable.
        log().warning(() -> "Opening a separate window: cannot hand over to an atlas that may be open, because "
                + (claimed instanceof SingleInstance.NotAnswering stuck ? "another atlas holds the lock but "
                + stuck.reason() : ((SingleInstance.Unavailable) claimed).reason()));
        EarlyStart.beforeToolkit();
        Application.launch(AtlasApp.class, args);
        System.exit(AtlasApp.exitCode());
    }

    /** Looked up when needed: a figure command never logs, and java.util.logging's set-up is 15–30 ms of its start. */
    private static Logger log() {
        return Logger.getLogger(Launcher.class.getName());
    }
}
