// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.figure;

import java.util.EnumSet;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.canvas.Canvas;
import javafx.stage.Window;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.PageSize;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.ui.Messages;
import org.jfree.fx.FXGraphics2D;

/**
 * Prints the map as a figure through the platform's printing: page setup, the print dialog, then the page
 * painted by the same page painter onto a canvas the size of the printable area, in points.
 */
final class FigurePrinter {

    private static final double MM_PER_POINT = 25.4 / 72;

    private final FigureSource source;
    private final Messages messages;

    FigurePrinter(FigureSource source, Messages messages) {
        this.source = source;
        this.messages = messages;
    }

    /**
     * Runs the print dialogs and prints; false when the platform has no printer (then nothing happened and
     * the caller offers a PDF), true otherwise, also when the user cancelled.
     */
    boolean print(Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return true;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        double width = layout.getPrintableWidth();
        double height = layout.getPrintableHeight();
        MapState state = source.model().currentState();
        FigureSpec spec = new FigureSpec(new PageSize(width * MM_PER_POINT, height * MM_PER_POINT), 300,
                FigureFormat.PDF, messages.language(), source.model().title().get(messages.language()),
                EnumSet.allOf(Furniture.class));
        Figure figure = source.figure(spec, state);
        Canvas canvas = new Canvas(width, height);
        source.pagePainter().paint(new FXGraphics2D(canvas.getGraphicsContext2D()), figure);
        if (job.printPage(layout, canvas)) {
            job.endJob();
        } else {
            job.cancelJob();
        }
        return true;
    }
}
