// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

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
     */
    public static void main(String[] args) {
        if (AtlasCli.isCommand(args)) {
            // Figures need no display; headless AWT also starts faster.
            System.setProperty("java.awt.headless", "true");
            System.exit(AtlasCli.commandLine().execute(args));
        }
        CommandLine window = WindowOptions.commandLine();
        int checked = window.execute(args);
        if (checked != 0 || window.isUsageHelpRequested() || window.isVersionHelpRequested()) {
            System.exit(checked);
        }
        Application.launch(AtlasApp.class, args);
        System.exit(AtlasApp.exitCode());
    }
}
