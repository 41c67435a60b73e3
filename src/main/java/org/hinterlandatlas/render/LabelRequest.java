// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.util.List;

/**
 * A label that wants a place on the map.
 *
 * @param key       what the label names, e.g. {@code place:chengdu}, {@code cluster:jjj}, {@code province:51}
 * @param lines     the text lines, e.g. the name in the chosen language and then in the other one; they are
 *                  placed as one block, and when the block fits nowhere the placer tries the first line alone
 * @param fonts     one font per line
 * @param x         screen x of the anchor (the symbol's centre, or an area's label point)
 * @param y         screen y of the anchor
 * @param clearance the radius of the circle that holds the symbol at the anchor; zero for an area label
 *                  without a symbol, which is centred on its point
 * @param priority  higher priorities are placed first and so win collisions
 * @param essential whether the type may shrink a step before the label is dropped (the cores and the
 *                  secondary nodes, which must be labelled at every size)
 * @param within    for an area label, the area its label's centre must stay over; null when it need not
 */
public record LabelRequest(String key, List<String> lines, List<Font> fonts, Color color, double x, double y,
                           double clearance, int priority, boolean essential, Shape within) {

    public LabelRequest {
        lines = List.copyOf(lines);
        fonts = List.copyOf(fonts);
        if (lines.isEmpty() || lines.size() != fonts.size()) {
            throw new IllegalArgumentException("a label needs one font per line");
        }
    }

    /** A label beside a symbol of radius {@code clearance}. */
    public static LabelRequest beside(String key, List<String> lines, List<Font> fonts, Color color, double x,
                                      double y, double clearance, int priority, boolean essential) {
        return new LabelRequest(key, lines, fonts, color, x, y, clearance, priority, essential, null);
    }

    /** An area's name centred on its label point. */
    public static LabelRequest centred(String key, List<String> lines, List<Font> fonts, Color color, double x,
                                       double y, int priority) {
        return new LabelRequest(key, lines, fonts, color, x, y, 0, priority, false, null);
    }

    /** Whether the label names an area rather than a symbol. */
    boolean isArea() {
        return clearance == 0 || within != null;
    }

    LabelRequest firstLineOnly() {
        return new LabelRequest(key, lines.subList(0, 1), fonts.subList(0, 1), color, x, y, clearance, priority,
                essential, within);
    }

    LabelRequest scaled(double factor) {
        return new LabelRequest(key, lines, fonts.stream().map(f -> f.deriveFont((float) (f.getSize2D() * factor)))
                .toList(), color, x, y, clearance, priority, essential, within);
    }
}
