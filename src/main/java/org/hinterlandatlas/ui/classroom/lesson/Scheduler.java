// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import java.time.Duration;

/** Runs a task after a delay; the atlas uses a background thread, tests run the due tasks themselves. */
@FunctionalInterface
public interface Scheduler {

    /** A task not yet run, which can be called off. */
    @FunctionalInterface
    interface Pending {
        void cancel();
    }

    Pending schedule(Duration delay, Runnable task);
}
