// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.style.MapStyle;

/** Map furniture drawn over the map: the scale bar and the north arrow. */
final class FurniturePainter {

    private final MapStyle.Furniture style;
    private final FontSet fonts;

    FurniturePainter(MapStyle.Furniture style, FontSet fonts) {
        this.style = style;
        this.fonts = fonts;
    }

    /** A scale bar with its left end at (x, y), the bar's baseline. */
    void paintScaleBar(Graphics2D g, Viewport viewport, double x, double y) {
        ScaleBar bar = ScaleBar.fitting(viewport.metresPerPixel(), 120);
        Font font = fonts.font(style.fontSize(), false);
        String label = bar.label();
        double textWidth = font.getStringBounds(label, LabelPlacer.MEASURE).getWidth();
        double pad = 4;
        double tick = 5;
        g.setColor(style.background());
        g.fill(new Rectangle2D.Double(x - pad, y - tick - font.getSize2D() - pad, bar.pixels() + textWidth + 3 * pad,
                tick + font.getSize2D() + 2 * pad));
        g.setColor(style.color());
        g.setStroke(new BasicStroke(1.5f));
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x, y - tick);
        path.lineTo(x, y);
        path.lineTo(x + bar.pixels(), y);
        path.lineTo(x + bar.pixels(), y - tick);
        g.draw(path);
        g.setFont(font);
        g.drawString(label, (float) (x + bar.pixels() + pad), (float) y);
    }

    /** A north arrow centred at (x, y); Web Mercator keeps north up everywhere. */
    void paintNorthArrow(Graphics2D g, double x, double y, String letter) {
        double h = 14;
        double w = 6;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(x, y - h);
        left.lineTo(x - w, y + h * 0.6);
        left.lineTo(x, y + h * 0.25);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(x, y - h);
        right.lineTo(x + w, y + h * 0.6);
        right.lineTo(x, y + h * 0.25);
        right.closePath();
        g.setColor(style.background());
        g.fill(new Rectangle2D.Double(x - w - 4, y - h - 18, 2 * w + 8, h * 1.6 + 22));
        g.setColor(style.color());
        g.fill(left);
        g.setStroke(new BasicStroke(1f));
        g.draw(right);
        Font font = fonts.font(style.fontSize(), true);
        double textWidth = font.getStringBounds(letter, LabelPlacer.MEASURE).getWidth();
        g.setFont(font);
        g.drawString(letter, (float) (x - textWidth / 2), (float) (y - h - 4));
    }
}
