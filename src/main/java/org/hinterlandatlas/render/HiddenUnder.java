// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Whether an opaque fill of a rectangle hides everything painted under it on a raster graphics: when it
 * covers every pixel the graphics can write with a margin to spare, each of those pixels takes its colour
 * whatever was there, so what lies under need not be painted. Used for a map wholly inside China's land:
 * the sea and the neighbours' land would be painted only to be covered.
 */
final class HiddenUnder {

    private HiddenUnder() {
    }

    /**
     * Whether {@code color} filled over the rectangle (user space) would set every pixel {@code g} can write,
     * each lying at least {@code margin} user units and a pixel inside it: {@code g} has a clip (the only
     * bounds of its surface a graphics tells), writes pixels (not a {@link VectorTarget}, where covered
     * shapes would still be written), blends plainly (source over, fully opaque), only scales and moves,
     * and {@code color} is opaque.
     */
    static boolean byFill(Graphics2D g, Color color, Rectangle2D rectangle, double margin) {
        if (color.getAlpha() != 255 || VectorTarget.on(g) || !plainBlend(g)) {
            return false;
        }
        AffineTransform transform = g.getTransform();
        if ((transform.getType() & ~(AffineTransform.TYPE_TRANSLATION | AffineTransform.TYPE_MASK_SCALE)) != 0) {
            return false;
        }
        Rectangle writable = g.getClipBounds();
        if (writable == null) {
            return false;
        }
        double inset = margin + 1 / Math.min(Math.abs(transform.getScaleX()), Math.abs(transform.getScaleY()));
        return writable.getMinX() >= rectangle.getMinX() + inset && writable.getMaxX() <= rectangle.getMaxX() - inset
                && writable.getMinY() >= rectangle.getMinY() + inset && writable.getMaxY() <= rectangle.getMaxY() - inset;
    }

    private static boolean plainBlend(Graphics2D g) {
        return g.getComposite() instanceof AlphaComposite blend && blend.getRule() == AlphaComposite.SRC_OVER
                && blend.getAlpha() == 1f;
    }
}
