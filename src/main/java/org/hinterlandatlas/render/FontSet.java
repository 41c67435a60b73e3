// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The bundled Noto Sans SC subset, regular and bold. Every label on every target uses these fonts, never a
 * logical name like "SansSerif", whose Chinese fallback differs from machine to machine.
 */
public final class FontSet {

    public static final String REGULAR_RESOURCE = "fonts/NotoSansSC-Regular.subset.ttf";
    public static final String BOLD_RESOURCE = "fonts/NotoSansSC-Bold.subset.ttf";

    private final Font regular;
    private final Font bold;

    private FontSet(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /**
     * Loads both fonts from the classpath. They are never registered with AWT: every target draws with these
     * fonts themselves (the SVG writer hands them to JFreeSVG's text layout, see FontCarryingGraphics), so no
     * command has to start AWT's graphics environment for them.
     * The bold face is read on a thread of its own: {@code Font.createFont} copies each 2.5 MB face through
     * a temporary file, and the bold's copy then overlaps the start of AWT's font manager by the regular.
     */
    public static FontSet bundled() {
        CompletableFuture<Font> bold = new CompletableFuture<>();
        Thread boldReader = new Thread(() -> {
            try {
                bold.complete(load(BOLD_RESOURCE));
            } catch (RuntimeException | Error e) {
                bold.completeExceptionally(e);
            }
        }, "font-reader");
        boldReader.setDaemon(true);
        boldReader.start();
        Font regular = load(REGULAR_RESOURCE);
        try {
            return new FontSet(regular, bold.join());
        } catch (CompletionException e) {
            // the reader's own problem, as if the bold face had been read here
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw (Error) e.getCause();
        }
    }

    private static Font load(String resource) {
        try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing from the build");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + resource + " is not a TrueType font", e);
        }
    }

    public Font font(float size, boolean isBold) {
        return (isBold ? bold : regular).deriveFont(size);
    }
}
