// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.render.VectorTarget;

/** A figure as one vector page of a PDF, painted by the page painter in the document's embedded fonts. */
final class PdfPage {

    private PdfPage() {
    }

    /** Adds a page of the figure's size to {@code document} and paints the figure on it. */
    static void add(PDDocument document, PdfFonts fonts, PagePainter painter, Figure figure) throws IOException {
        float width = (float) figure.page().widthPt();
        float height = (float) figure.page().heightPt();
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
        g.setFontTextDrawer(fonts);
        g.setRenderingHint(VectorTarget.KEY, Boolean.TRUE);
        try {
            painter.paint(g, figure);
        } finally {
            g.dispose();
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawForm(g.getXFormObject());
        }
    }

    /** Gives the document its title and names the atlas as the program that made it. */
    static PDDocumentInformation describe(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Hinterland Atlas");
        return info;
    }
}
