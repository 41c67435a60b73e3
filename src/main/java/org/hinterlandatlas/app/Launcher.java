// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import javafx.application.Application;

/**
 * The entry point. It must not extend {@link Application}: started from the classpath, a main class that
 * does would be refused by the JavaFX launcher checks.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * Arguments: {@code --lang=zh|en} (default zh), {@code --view=ID} the named view to open on (default
     * circle), {@code --data-dir=PATH} to load content from a folder.
     */
    public static void main(String[] args) {
        Application.launch(AtlasApp.class, args);
    }
}
