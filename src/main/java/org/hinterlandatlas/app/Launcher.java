// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import javafx.application.Application;
import org.hinterlandatlas.app.cli.AtlasCli;

/**
 * The entry point. It must not extend {@link Application}: started from the classpath, a main class that
 * does would be refused by the JavaFX launcher checks.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * Arguments: {@code --lang=zh|en} (default zh), {@code --view=ID} the named view to open on (default
     * circle), {@code --data-dir=PATH} to load content from a folder. A first argument naming a subcommand
     * ({@code export}, {@code list-views}, {@code help}) runs the command line instead, with no window.
     */
    public static void main(String[] args) {
        if (AtlasCli.isCommand(args)) {
            // Figures need no display; headless AWT also starts faster.
            System.setProperty("java.awt.headless", "true");
            System.exit(AtlasCli.run(args));
        }
        Application.launch(AtlasApp.class, args);
    }
}
