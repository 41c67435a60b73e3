// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * A label that wants a place on the map.
 *
 * @param lines     the text lines, e.g. the name in the chosen language and then in the other one; when
 *                  all lines do not fit, the placer tries the first line alone
 * @param fonts     one font per line
 * @param x         screen x of the anchor (the symbol's centre, or an area's label point)
 * @param y         screen y of the anchor
 * @param clearance the radius of the symbol at the anchor; zero for area labels, which are centred on it
 * @param priority  higher priorities are placed first and so win collisions
 */
public record LabelRequest(List<String> lines, List<Font> fonts, Color color, double x, double y, double clearance,
                           int priority) {

    public LabelRequest {
        lines = List.copyOf(lines);
        fonts = List.copyOf(fonts);
        if (lines.isEmpty() || lines.size() != fonts.size()) {
            throw new IllegalArgumentException("a label needs one font per line");
        }
    }

    boolean isArea() {
        return clearance == 0;
    }

    LabelRequest firstLineOnly() {
        return new LabelRequest(lines.subList(0, 1), fonts.subList(0, 1), color, x, y, clearance, priority);
    }
}
