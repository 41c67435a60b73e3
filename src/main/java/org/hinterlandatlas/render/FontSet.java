// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
     * Loads both fonts from the classpath and registers them with AWT: the SVG writer's vector text finds its
     * font again by name, and without the registration the bold face would come out regular.
     */
    public static FontSet bundled() {
        Font regular = load(REGULAR_RESOURCE);
        Font bold = load(BOLD_RESOURCE);
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        environment.registerFont(regular);
        environment.registerFont(bold);
        return new FontSet(regular, bold);
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
