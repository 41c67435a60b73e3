// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;
import org.hinterlandatlas.render.FontSet;

/**
 * Loads the bundled fonts into JavaFX, so that controls (through CSS) and the map canvas (through
 * FXGraphics2D, which looks fonts up by family name) show Chinese on machines without a CJK font.
 */
public final class FxFonts {

    private FxFonts() {
    }

    /** Loads both weights; returns the family name to use in CSS. */
    public static String load() {
        String family = null;
        for (String resource : new String[] {FontSet.REGULAR_RESOURCE, FontSet.BOLD_RESOURCE}) {
            try (InputStream in = FxFonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + resource + " is missing from the build");
                }
                Font font = Font.loadFont(in, 13);
                if (font == null) {
                    throw new IllegalStateException("JavaFX could not load the bundled font " + resource);
                }
                family = family == null ? font.getFamily() : family;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return family;
    }
}
