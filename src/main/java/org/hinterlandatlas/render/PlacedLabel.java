// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A label with its final position: each line's text, font and baseline, the box of its text, and the box
 * it occupies with its halo.
 *
 * @param request the request it answers, with the anchor and the symbol's radius it must stand beside
 * @param gap     the largest distance allowed between the symbol's edge and the text's box
 */
public record PlacedLabel(LabelRequest request, List<Line> lines, Color color, Rectangle2D text, Rectangle2D bounds,
                          double gap) {

    public record Line(String text, Font font, float x, float baseline) {
    }

    public PlacedLabel {
        lines = List.copyOf(lines);
    }

    public String key() {
        return request.key();
    }

    /** The distance from the edge of the symbol's circle to the nearest point of the text's box. */
    public double distanceFromSymbol() {
        double dx = Math.max(Math.max(text.getMinX() - request.x(), 0), request.x() - text.getMaxX());
        double dy = Math.max(Math.max(text.getMinY() - request.y(), 0), request.y() - text.getMaxY());
        return Math.hypot(dx, dy) - request.clearance();
    }
}
