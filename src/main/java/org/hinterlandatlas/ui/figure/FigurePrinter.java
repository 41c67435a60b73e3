// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.figure;

import java.util.EnumSet;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.PageSize;
import org.hinterlandatlas.figure.io.PngFigureWriter;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.words.Messages;

/**
 * Prints the map as a figure through the platform's printing: page setup, the print dialog, then the page
 * painted by the same page painter at 300 DPI and placed on the printable area. (A JavaFX canvas of that
 * area is itself an image of one pixel per point, 72 DPI on paper: the labels would blur.)
 */
final class FigurePrinter {

    private static final double MM_PER_POINT = 25.4 / 72;
    private static final int PRINT_DPI = 300;

    private final FigureSource source;
    private final Messages messages;

    FigurePrinter(FigureSource source, Messages messages) {
        this.source = source;
        this.messages = messages;
    }

    /** How a print ended, for the caller to say what the user can do instead. */
    enum Outcome {
        /** Printed, or cancelled by the user in a dialog. */
        DONE,
        /** The platform has no printer: nothing happened. */
        NO_PRINTER,
        /** The page's 300 DPI image did not fit in the memory left: the job was cancelled. */
        TOO_LARGE
    }

    /** Runs the print dialogs and prints. */
    Outcome print(Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return Outcome.DONE;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        ImageView page;
        try {
            page = page(layout.getPrintableWidth(), layout.getPrintableHeight());
        } catch (OutOfMemoryError e) {
            // an A3 page is 17 million pixels, held twice while it becomes a JavaFX image; what was
            // allocated of it is gone with the failed allocation, and a PDF of the page needs little memory
            job.cancelJob();
            return Outcome.TOO_LARGE;
        }
        if (job.printPage(layout, page)) {
            job.endJob();
        } else {
            job.cancelJob();
        }
        return Outcome.DONE;
    }

    /** The map's page for a printable area of this size in points, as a 300 DPI image that fills it. */
    ImageView page(double width, double height) {
        MapState state = source.model().currentState();
        FigureSpec spec = new FigureSpec(new PageSize(width * MM_PER_POINT, height * MM_PER_POINT), PRINT_DPI,
                FigureFormat.PNG, messages.language(), source.model().title().get(messages.language()),
                EnumSet.allOf(Furniture.class));
        Figure figure = source.figure(spec, state);
        ImageView page = new ImageView(SwingFXUtils.toFXImage(
                PngFigureWriter.render(figure, source.pagePainter(), PRINT_DPI), null));
        page.setFitWidth(width);
        page.setFitHeight(height);
        page.setSmooth(true);
        return page;
    }
}
