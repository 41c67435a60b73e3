// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.util.concurrent.CancellationException;

/**
 * Reports how far a figure export has come and whether it should stop. Writers call {@link #checkCancelled}
 * between their steps; the export then ends with a {@link CancellationException} and no file.
 */
public interface ExportProgress {

    /** For callers that neither show progress nor cancel: the command line and tests. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void worked(double fraction) {
            // nobody watches
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** The fraction of the work done, 0 to 1. */
    void worked(double fraction);

    boolean cancelled();

    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException("the export was cancelled");
        }
    }
}
