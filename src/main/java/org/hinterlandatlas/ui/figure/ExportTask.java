// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.figure;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.figure.io.ExportProgress;
import org.hinterlandatlas.figure.io.FigureFiles;

/**
 * Writes one figure off the JavaFX thread, reporting progress. {@link #requestStop} makes the writer stop at
 * its next step; the task then fails with a {@link java.util.concurrent.CancellationException} only after the
 * temporary file is gone, so "cancelled" is said when it is true. (Task.cancel would report at once, while
 * the worker is still painting and its temporary file still exists.)
 */
public final class ExportTask extends Task<Path> {

    private final Figure figure;
    private final PagePainter painter;
    private final Path target;
    private final AtomicBoolean stop = new AtomicBoolean();

    ExportTask(Figure figure, PagePainter painter, Path target) {
        this.figure = figure;
        this.painter = painter;
        this.target = target;
    }

    public Path target() {
        return target;
    }

    /** Asks the writer to stop at its next step; nothing is written and an existing file stays. */
    public void requestStop() {
        stop.set(true);
    }

    @Override
    protected Path call() throws Exception {
        updateProgress(0.05, 1);
        FigureFiles.export(figure, painter, target, new ExportProgress() {
            @Override
            public void worked(double fraction) {
                updateProgress(fraction, 1);
            }

            @Override
            public boolean cancelled() {
                return stop.get() || isCancelled();
            }
        });
        return target;
    }
}
