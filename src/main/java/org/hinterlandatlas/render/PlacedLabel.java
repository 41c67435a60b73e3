// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** A label with its final position: each line's text, font and baseline, and the box it occupies. */
public record PlacedLabel(List<Line> lines, Color color, Rectangle2D bounds) {

    public record Line(String text, Font font, float x, float baseline) {
    }

    public PlacedLabel {
        lines = List.copyOf(lines);
    }
}
