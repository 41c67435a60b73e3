// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.List;
import org.hinterlandatlas.style.MapStyle;

/**
 * Draws placed labels: a halo from the glyph outlines, then the text itself with drawString, so that PDF
 * and SVG targets receive real text.
 */
final class LabelPainter {

    private LabelPainter() {
    }

    static void paint(Graphics2D g, List<PlacedLabel> labels, MapStyle.Labels style, double pixelScale) {
        BasicStroke halo = new BasicStroke((float) (style.haloWidth() * pixelScale), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND);
        for (PlacedLabel label : labels) {
            for (PlacedLabel.Line line : label.lines()) {
                Shape outline = line.font().createGlyphVector(LabelPlacer.MEASURE, line.text())
                        .getOutline(line.x(), line.baseline());
                g.setStroke(halo);
                g.setColor(style.halo());
                g.draw(outline);
                g.setColor(label.color());
                g.setFont(line.font());
                g.drawString(line.text(), line.x(), line.baseline());
            }
        }
    }
}
