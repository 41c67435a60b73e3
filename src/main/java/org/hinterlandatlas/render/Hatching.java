// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Diagonal hatching inside an area, drawn as lines so that every output keeps it as vectors. */
final class Hatching {

    private Hatching() {
    }

    static void paint(Graphics2D g, Shape area, Color color) {
        paint(g, area, color, 1);
    }

    /** Hatching at {@code scale} times the map's line weight and spacing (the Table 2 chart sizes itself). */
    static void paint(Graphics2D g, Shape area, Color color, double scale) {
        Shape oldClip = g.getClip();
        g.clip(area);
        g.setColor(color);
        g.setStroke(new BasicStroke((float) (0.8 * scale)));
        Rectangle2D box = area.getBounds2D();
        double spacing = 6 * scale;
        // One path for all the lines: a clipped draw call costs far more than its segments.
        Path2D.Double lines = new Path2D.Double();
        for (double d = -box.getHeight(); d < box.getWidth(); d += spacing) {
            lines.moveTo(box.getMinX() + d, box.getMaxY());
            lines.lineTo(box.getMinX() + d + box.getHeight(), box.getMinY());
        }
        g.draw(lines);
        g.setClip(oldClip);
    }
}
