// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.figure;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.figure.io.ExportProgress;
import org.hinterlandatlas.figure.io.FigureExportException;
import org.hinterlandatlas.figure.io.FigureFiles;

/**
 * Writes one figure off the JavaFX thread, reporting progress. {@link #requestStop} makes the writer stop at
 * its next step; the task then fails with a {@link java.util.concurrent.CancellationException} only after the
 * temporary file is gone, so "cancelled" is said when it is true. (Task.cancel would report at once, while
 * the worker is still painting and its temporary file still exists.)
 */
public final class ExportTask extends Task<Path> {

    /** What the task writes to its target, reporting to the progress it is given. */
    @FunctionalInterface
    interface Writing {
        void write(ExportProgress progress) throws FigureExportException;
    }

    private final Writing writing;
    private final Path target;
    private final AtomicBoolean stop = new AtomicBoolean();

    ExportTask(Figure figure, PagePainter painter, Path target) {
        this(target, progress -> FigureFiles.export(figure, painter, target, progress));
    }

    /** A task writing something other than one figure, e.g. a print pack, all or nothing to {@code target}. */
    ExportTask(Path target, Writing writing) {
        this.writing = writing;
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
        writing.write(new ExportProgress() {
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
