// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hinterlandatlas.render.FontSet;

/**
 * The bundled fonts for one PDF, as a text drawer that pdfbox-graphics2d asks for the PDF font of each AWT
 * font. Parsing the two 2 MB TrueType files is most of a first PDF's cost, so it starts in the background
 * when the export starts and overlaps the painting of the base map; the text waits for it. Labels in any
 * other font would silently become outlines, which could not be searched.
 */
final class PdfFonts extends PdfBoxGraphics2DFontTextDrawer {

    private final Map<String, CompletableFuture<TrueTypeFont>> parsing = new HashMap<>();
    private final Map<String, PDFont> loaded = new HashMap<>();

    PdfFonts(FontSet fonts) {
        parsing.put(fonts.font(12, false).getFontName(), parse(FontSet.REGULAR_RESOURCE));
        parsing.put(fonts.font(12, true).getFontName(), parse(FontSet.BOLD_RESOURCE));
    }

    private static CompletableFuture<TrueTypeFont> parse(String resource) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("the bundled font " + resource + " is missing from the build");
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                // PDFBox would set "fi" and "ff" as ligature glyphs, which have no Unicode mapping in the
                // embedded subset: "definition" would then be found only as "denition". Neither Chinese
                // nor the English labels need substitution, so it is switched off.
                font.setEnableGsub(false);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    protected boolean hasDynamicFontMapping() {
        return true;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        PDFont known = loaded.get(font.getFontName());
        if (known != null || !parsing.containsKey(font.getFontName())) {
            return known;
        }
        PDFont pdfFont = PDType0Font.load(env.getDocument(), parsed(font.getFontName()), true);
        loaded.put(font.getFontName(), pdfFont);
        return pdfFont;
    }

    private TrueTypeFont parsed(String name) throws IOException {
        try {
            return parsing.get(name).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        }
    }

    /** Closes the parsed fonts once the document is saved (PDFBox subsets them on save). */
    @Override
    public void close() {
        super.close();
        for (CompletableFuture<TrueTypeFont> font : parsing.values()) {
            font.thenAccept(PdfFonts::closeQuietly);
        }
    }

    /** Closing an in-memory buffer cannot really fail; if it did, the PDF is already written. */
    private static void closeQuietly(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
