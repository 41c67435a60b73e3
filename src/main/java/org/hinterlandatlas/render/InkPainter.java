// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.GeoPoint;

/**
 * Paints a teacher's ink: each annotation's geographic points are projected through the viewport, so the ink
 * stays on its places when the map pans and zooms, while widths and text sizes stay those of a pen.
 */
final class InkPainter {

    /** A highlighter's ink lets the map show through, as a real one does. */
    static final double HIGHLIGHTER_OPACITY = 0.4;
    /** An arrowhead's length and half-width, in multiples of the line's width (with a floor for thin lines). */
    private static final double HEAD_LENGTH = 4.5;
    private static final double HEAD_HALF_WIDTH = 2.2;
    private static final double HEAD_MIN_LENGTH = 10;

    private final FontSet fonts;

    InkPainter(FontSet fonts) {
        this.fonts = fonts;
    }

    void paint(Graphics2D g, Viewport viewport, List<Annotation> annotations) {
        Stroke oldStroke = g.getStroke();
        Composite oldComposite = g.getComposite();
        Color oldColour = g.getColor();
        for (Annotation annotation : annotations) {
            g.setColor(colour(annotation.colour()));
            if (annotation instanceof Annotation.Stroke s) {
                paintStroke(g, viewport, s);
            } else if (annotation instanceof Annotation.Line l) {
                paintLine(g, viewport, l);
            } else if (annotation instanceof Annotation.Text t) {
                paintText(g, viewport, t);
            }
        }
        g.setStroke(oldStroke);
        g.setComposite(oldComposite);
        g.setColor(oldColour);
    }

    private static void paintStroke(Graphics2D g, Viewport viewport, Annotation.Stroke stroke) {
        if (stroke.points().isEmpty()) {
            return;
        }
        boolean highlighter = stroke.kind() == Annotation.Stroke.Kind.HIGHLIGHTER;
        Color base = g.getColor();
        if (highlighter) {
            // one translucent path: where the stroke crosses itself it is no darker, like a felt tip
            g.setColor(new Color(base.getRed(), base.getGreen(), base.getBlue(),
                    (int) Math.round(base.getAlpha() * HIGHLIGHTER_OPACITY)));
        }
        g.setStroke(new BasicStroke((float) stroke.width(), highlighter ? BasicStroke.CAP_SQUARE : BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        Path2D.Double path = new Path2D.Double();
        Point2D first = screen(viewport, stroke.points().get(0));
        path.moveTo(first.getX(), first.getY());
        if (stroke.points().size() == 1) {
            // a dab of the pen is a dot
            path.lineTo(first.getX() + 0.01, first.getY());
        }
        for (GeoPoint point : stroke.points().subList(1, stroke.points().size())) {
            Point2D p = screen(viewport, point);
            path.lineTo(p.getX(), p.getY());
        }
        g.draw(path);
    }

    private static void paintLine(Graphics2D g, Viewport viewport, Annotation.Line line) {
        Point2D from = screen(viewport, line.from());
        Point2D to = screen(viewport, line.to());
        double length = from.distance(to);
        double headLength = Math.max(HEAD_MIN_LENGTH, HEAD_LENGTH * line.width());
        boolean head = line.arrow() && length > 0;
        // the shaft stops short of the tip so its round cap does not poke through the arrowhead
        double shaftEnd = head ? Math.max(0, length - headLength * 0.8) / length : 1;
        g.setStroke(new BasicStroke((float) line.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(from.getX(), from.getY(),
                from.getX() + (to.getX() - from.getX()) * shaftEnd, from.getY() + (to.getY() - from.getY()) * shaftEnd));
        if (head) {
            double ux = (to.getX() - from.getX()) / length;
            double uy = (to.getY() - from.getY()) / length;
            double halfWidth = headLength * HEAD_HALF_WIDTH / HEAD_LENGTH;
            double baseX = to.getX() - ux * headLength;
            double baseY = to.getY() - uy * headLength;
            Path2D.Double arrowhead = new Path2D.Double();
            arrowhead.moveTo(to.getX(), to.getY());
            arrowhead.lineTo(baseX - uy * halfWidth, baseY + ux * halfWidth);
            arrowhead.lineTo(baseX + uy * halfWidth, baseY - ux * halfWidth);
            arrowhead.closePath();
            g.fill(arrowhead);
        }
    }

    private void paintText(Graphics2D g, Viewport viewport, Annotation.Text text) {
        if (text.text().isBlank()) {
            return;
        }
        Point2D at = screen(viewport, text.at());
        FontRenderContext context = g.getFontRenderContext();
        double y = at.getY();
        for (String line : text.text().split("\n")) {
            if (line.isEmpty()) {
                y += text.size() * 1.25;
                continue;
            }
            Font font = fonts.font((float) text.size(), true);
            TextLayout layout = new TextLayout(line, font, context);
            y += layout.getAscent();
            // drawn as text, not as the layout's outlines: a PDF keeps the teacher's words searchable
            g.setFont(font);
            g.drawString(line, (float) at.getX(), (float) y);
            y += layout.getDescent() + layout.getLeading();
        }
    }

    static Point2D screen(Viewport viewport, GeoPoint point) {
        return new Point2D.Double(viewport.screenX(WebMercator.worldX(point.lon())),
                viewport.screenY(WebMercator.worldY(point.lat())));
    }

    /** {@code #rrggbb} or {@code #rrggbbaa}; anything else is drawn black rather than failing a whole figure. */
    static Color colour(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        try {
            if (digits.length() == 6) {
                return new Color(Integer.parseInt(digits, 16));
            }
            if (digits.length() == 8) {
                long value = Long.parseLong(digits, 16);
                return new Color((int) (value >> 24) & 0xff, (int) (value >> 16) & 0xff, (int) (value >> 8) & 0xff,
                        (int) value & 0xff);
            }
        } catch (NumberFormatException e) {
            // falls through to black
        }
        return Color.BLACK;
    }
}
