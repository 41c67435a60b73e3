// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Reads exported figures back the way a viewer would, for tests that check what is inside them. */
public final class ExportedFiles {

    private ExportedFiles() {
    }

    /** Every font the first page of a PDF uses, including those of the forms it draws. */
    public static List<PDFont> fontsOfFirstPage(PDDocument document) throws IOException {
        return fontsOfPage(document, 0);
    }

    /** The fonts a page of the document uses, including those of its form XObjects. */
    public static List<PDFont> fontsOfPage(PDDocument document, int index) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        collectFonts(document.getPage(index).getResources(), fonts);
        return fonts;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    /** An SVG file parsed as namespaced XML; parsing fails on anything that is not well-formed. */
    public static Document svg(Path file) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
