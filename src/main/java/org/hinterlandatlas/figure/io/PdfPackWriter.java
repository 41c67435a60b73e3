// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.PagePainter;

/**
 * Pages as one multi-page vector PDF, each painted by the page painter as a one-page figure is, with the
 * bundled fonts embedded once for the document, so the text is searchable. Written all or nothing.
 */
public final class PdfPackWriter {

    private PdfPackWriter() {
    }

    /**
     * Writes the pages to {@code target} through a temporary file: on failure or cancellation no partial
     * file remains and an existing file is untouched.
     */
    public static void export(List<Figure> pages, String title, PagePainter painter, Path target,
                              ExportProgress progress) throws FigureExportException {
        FigureFiles.checkFolder(target);
        try {
            AtomicFile.write(target, out -> write(pages, title, painter, out, progress));
        } catch (IOException e) {
            FigureFiles.failureOf(target, e);
        }
    }

    static void write(List<Figure> pages, String title, PagePainter painter, OutputStream out,
                      ExportProgress progress) throws IOException {
        try (PdfFonts fonts = new PdfFonts(painter.fonts()); PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages.size(); i++) {
                progress.checkCancelled();
                PdfPage.add(document, fonts, painter, pages.get(i));
                progress.worked(0.95 * (i + 1) / pages.size());
            }
            progress.checkCancelled();
            PdfPage.describe(document, title);
            document.save(out);
        }
        progress.worked(1);
    }
}
