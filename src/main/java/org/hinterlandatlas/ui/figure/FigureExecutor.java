// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.figure;

import java.util.concurrent.ExecutorService;
import org.hinterlandatlas.task.BackgroundExecutors;

/**
 * The one background thread that paints previews and writes figures, shared by every window (the window is
 * rebuilt on a language switch), so figure work never runs on the JavaFX thread and never piles up threads.
 */
final class FigureExecutor {

    private static final ExecutorService EXECUTOR = BackgroundExecutors.fixed("figures", 1);

    private FigureExecutor() {
    }

    static ExecutorService get() {
        return EXECUTOR;
    }
}
