// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hinterlandatlas.model.CorridorType;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.style.MapStyle;

/**
 * The centre–periphery diagram of §一(二): the hinterland as a surface, two economic centres as points, the
 * network as lines between them and out to lesser centres. It uses the map's own colours, so the diagram
 * reads as a key to the map, and it answers which element lies under a pointer.
 */
public final class CentrePeripheryDiagramPainter {

    public static final String POINT = "point";
    public static final String LINE = "line";
    public static final String SURFACE = "surface";

    private static final double REACH = 7;

    private final MapStyle.Overlay style;
    private final FontSet fonts;

    /**
     * The texts of the three elements and the element drawn highlighted.
     *
     * @param selected {@link #POINT}, {@link #LINE}, {@link #SURFACE} or null
     */
    public record Labels(String point, String line, String surface, String selected) {
    }

    public CentrePeripheryDiagramPainter(MapStyle style, FontSet fonts) {
        this.style = style.overlay();
        this.fonts = fonts;
    }

    /** The diagram's shapes for a given size: where painting and hit-testing agree. */
    private record Layout(Ellipse2D surface, List<Point2D> centres, List<Point2D> lesser, List<Line2D> lines) {

        static Layout of(double width, double height) {
            double cx = width / 2;
            double cy = height * 0.54;
            Ellipse2D surface = new Ellipse2D.Double(width * 0.06, height * 0.14, width * 0.88, height * 0.8);
            List<Point2D> centres = List.of(new Point2D.Double(cx - width * 0.16, cy),
                    new Point2D.Double(cx + width * 0.16, cy + height * 0.04));
            List<Point2D> lesser = List.of(new Point2D.Double(cx - width * 0.33, cy - height * 0.18),
                    new Point2D.Double(cx - width * 0.28, cy + height * 0.22),
                    new Point2D.Double(cx, cy - height * 0.26), new Point2D.Double(cx + width * 0.02, cy + height * 0.28),
                    new Point2D.Double(cx + width * 0.34, cy - height * 0.14),
                    new Point2D.Double(cx + width * 0.3, cy + height * 0.24));
            List<Line2D> lines = new ArrayList<>();
            lines.add(new Line2D.Double(centres.get(0), centres.get(1)));
            for (int i = 0; i < lesser.size(); i++) {
                Point2D nearest = lesser.get(i).getX() < cx ? centres.get(0) : centres.get(1);
                lines.add(new Line2D.Double(nearest, lesser.get(i)));
            }
            return new Layout(surface, centres, lesser, lines);
        }
    }

    public void paint(Graphics2D g, double width, double height, Labels labels) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Layout layout = Layout.of(width, height);
        Color highlight = style.highlight().color();

        if (SURFACE.equals(labels.selected())) {
            g.setColor(highlight);
            g.setStroke(new BasicStroke(6f));
            g.draw(layout.surface());
        }
        g.setColor(opaque(style.hinterland().fill(), 0.45f));
        g.fill(layout.surface());
        g.setColor(style.hinterland().outline());
        g.setStroke(Strokes.of(style.hinterland().width() * 1.5f, style.hinterland().dash()));
        g.draw(layout.surface());

        MapStyle.Line network = style.corridors().byType().get(CorridorType.HSR);
        for (Line2D line : layout.lines()) {
            if (LINE.equals(labels.selected())) {
                g.setColor(highlight);
                g.setStroke(new BasicStroke(network.width() + 6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(line);
            }
            g.setColor(network.color());
            g.setStroke(new BasicStroke(network.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
        }
        MapStyle.Node lesser = style.nodes().get(Tier.TERTIARY);
        for (Point2D p : layout.lesser()) {
            NodeSymbols.paint(g, PlaceRole.NODE, Tier.TERTIARY, lesser, p.getX(), p.getY(), 1);
        }
        MapStyle.Node core = style.nodes().get(Tier.CORE);
        for (Point2D p : layout.centres()) {
            if (POINT.equals(labels.selected())) {
                g.setColor(highlight);
                g.fill(new Ellipse2D.Double(p.getX() - core.radius() - 5, p.getY() - core.radius() - 5,
                        2 * core.radius() + 10, 2 * core.radius() + 10));
            }
            NodeSymbols.paint(g, PlaceRole.NODE, Tier.CORE, core, p.getX(), p.getY(), 1.3);
        }

        Font font = fonts.font(12f, true);
        g.setFont(font);
        Point2D left = layout.centres().get(0);
        label(g, labels.point(), left.getX(), left.getY() + core.radius() * 1.3 + 16, core.labelColor());
        Line2D link = layout.lines().get(0);
        label(g, labels.line(), (link.getX1() + link.getX2()) / 2, Math.min(link.getY1(), link.getY2()) - 10,
                network.color().darker());
        label(g, labels.surface(), width / 2, layout.surface().getMinY() + 4 + g.getFontMetrics().getAscent(),
                style.hinterland().outline().darker());
    }

    /** The element under (x, y) in a diagram of this size: a centre, else a line, else the surface. */
    public Optional<String> elementAt(double x, double y, double width, double height) {
        Layout layout = Layout.of(width, height);
        double coreReach = style.nodes().get(Tier.CORE).radius() * 1.3 + REACH;
        for (Point2D p : layout.centres()) {
            if (p.distance(x, y) <= coreReach) {
                return Optional.of(POINT);
            }
        }
        for (Line2D line : layout.lines()) {
            if (line.ptSegDist(x, y) <= REACH) {
                return Optional.of(LINE);
            }
        }
        return layout.surface().contains(x, y) ? Optional.of(SURFACE) : Optional.empty();
    }

    /** Centred text on a white halo, so it reads over lines and tint. */
    private static void label(Graphics2D g, String text, double x, double baseline, Color color) {
        FontMetrics metrics = g.getFontMetrics();
        double w = metrics.stringWidth(text);
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new RoundRectangle2D.Double(x - w / 2 - 4, baseline - metrics.getAscent() - 1, w + 8,
                metrics.getAscent() + metrics.getDescent() + 2, 6, 6));
        g.setColor(color);
        g.drawString(text, (float) (x - w / 2), (float) baseline);
    }

    private static Color opaque(Color color, float alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), Math.round(alpha * 255));
    }
}
