// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Diagonal hatching inside an area, drawn as lines so that every output keeps it as vectors. */
final class Hatching {

    private Hatching() {
    }

    static void paint(Graphics2D g, Shape area, Color color, double pixelScale) {
        Shape oldClip = g.getClip();
        g.clip(area);
        g.setColor(color);
        g.setStroke(new BasicStroke((float) (0.8 * pixelScale)));
        Rectangle2D box = area.getBounds2D();
        double spacing = 6 * pixelScale;
        for (double d = -box.getHeight(); d < box.getWidth(); d += spacing) {
            g.draw(new Line2D.Double(box.getMinX() + d, box.getMaxY(), box.getMinX() + d + box.getHeight(),
                    box.getMinY()));
        }
        g.setClip(oldClip);
    }
}
