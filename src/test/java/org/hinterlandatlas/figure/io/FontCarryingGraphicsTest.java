// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Font;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.support.ShippedAtlas;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.junit.jupiter.api.Test;

/**
 * Vector text drawn through the graphics comes out in the face that was set, though the bundled faces are
 * never registered with AWT: the same outlines as that face's own glyphs.
 */
class FontCarryingGraphicsTest {

    private static final String TEXT = "成渝双核";

    @Test
    void aStringIsDrawnInTheBoldFaceThatWasSet() {
        FontSet fonts = ShippedAtlas.fonts();
        String bold = drawnThrough(fonts.font(14f, true));
        assertEquals(glyphsOf(fonts.font(14f, true)), bold);
        assertNotEquals(glyphsOf(fonts.font(14f, false)), bold);
    }

    @Test
    void aStringIsDrawnInTheRegularFaceThatWasSet() {
        Font regular = ShippedAtlas.fonts().font(9f, false);
        assertEquals(glyphsOf(regular), drawnThrough(regular));
    }

    private static String drawnThrough(Font font) {
        SVGGraphics2D svg = vectorSvg();
        FontCarryingGraphics g = new FontCarryingGraphics(svg);
        g.setFont(font);
        g.drawString(TEXT, 10, 20);
        return svg.getSVGElement();
    }

    /** The face's glyphs of the text as one glyph vector, drawn without any lookup by name. */
    private static String glyphsOf(Font font) {
        SVGGraphics2D svg = vectorSvg();
        svg.setFont(font);
        svg.drawGlyphVector(font.createGlyphVector(svg.getFontRenderContext(), TEXT), 10, 20);
        return svg.getSVGElement();
    }

    private static SVGGraphics2D vectorSvg() {
        SVGGraphics2D svg = new SVGGraphics2D(100, 40);
        svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        return svg;
    }
}
