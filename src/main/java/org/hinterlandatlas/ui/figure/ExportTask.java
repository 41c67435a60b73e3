// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.figure;

import java.nio.file.Path;
import javafx.concurrent.Task;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.figure.io.ExportProgress;
import org.hinterlandatlas.figure.io.FigureFiles;

/**
 * Writes one figure off the JavaFX thread, reporting progress; cancelling it stops the writer at its next
 * step, and the file is then neither written nor, if it existed, changed.
 */
public final class ExportTask extends Task<Path> {

    private final Figure figure;
    private final PagePainter painter;
    private final Path target;

    ExportTask(Figure figure, PagePainter painter, Path target) {
        this.figure = figure;
        this.painter = painter;
        this.target = target;
    }

    public Path target() {
        return target;
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
                return isCancelled();
            }
        });
        return target;
    }
}
