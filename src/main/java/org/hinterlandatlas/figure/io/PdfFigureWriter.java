// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureStateCodec;
import org.hinterlandatlas.figure.PagePainter;

/**
 * A figure as a one-page PDF: vector paths, and real text in the bundled Noto Sans SC, embedded as a subset,
 * so the names can be searched and copied. The view state goes into the document information.
 */
public final class PdfFigureWriter implements FigureWriter {

    /**
     * FontBox warns on every load that the bundled font's format-14 cmap (Unicode variation sequences) is
     * ignored; no label uses them, and the warning would clutter the command line's output. Held here so the
     * logger, and with it the level, is not collected.
     */
    private static final Logger CMAP_LOG = quiet(Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable"));

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    @Override
    public void write(Figure figure, PagePainter painter, OutputStream out, ExportProgress progress)
            throws IOException {
        try (PdfFonts fonts = new PdfFonts(painter.fonts()); PDDocument document = new PDDocument()) {
            PdfPage.add(document, fonts, painter, figure);
            progress.worked(0.6);
            progress.checkCancelled();
            PDDocumentInformation info = PdfPage.describe(document, figure.spec().title());
            figure.state().ifPresent(state -> info.setCustomMetadataValue(FigureStateCodec.KEY,
                    FigureStateCodec.encode(state)));
            document.save(out);
        }
        progress.worked(1);
    }
}
