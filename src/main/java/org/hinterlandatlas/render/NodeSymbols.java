// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.style.MapStyle;

/**
 * The symbol of a place: circles for the circle's nodes and corridor stops, a square for a national pole's
 * centre, a triangle for a port, a diamond for a border crossing, a star for a historic site. The legend
 * draws the same shapes.
 */
public final class NodeSymbols {

    private NodeSymbols() {
    }

    public static Shape of(PlaceRole role, double x, double y, double radius) {
        return switch (role) {
            case POLE -> new Rectangle2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
            case PORT -> polygon(x, y - radius * 1.2, x + radius * 1.1, y + radius * 0.8, x - radius * 1.1, y + radius * 0.8);
            case BORDER_CROSSING -> polygon(x, y - radius * 1.3, x + radius * 1.3, y, x, y + radius * 1.3, x - radius * 1.3, y);
            case HISTORIC_SITE -> star(x, y, radius * 1.35);
            default -> new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
        };
    }

    /**
     * The radius of the circle that holds the symbol of a role drawn at {@code radius} (before its outline):
     * the square's corner, the triangle's and diamond's tips, the star's points.
     */
    static double extent(PlaceRole role, double radius) {
        return switch (role) {
            case POLE -> radius * Math.sqrt(2);
            case PORT -> radius * Math.hypot(1.1, 0.8);
            case BORDER_CROSSING -> radius * 1.3;
            case HISTORIC_SITE -> radius * 1.35;
            default -> radius;
        };
    }

    /** Whether an external place of this role is drawn as the plain dot that hubs, stops and sites share. */
    static boolean isPlainDot(PlaceRole role) {
        return role == PlaceRole.HUB || role == PlaceRole.STOP || role == PlaceRole.SITE;
    }

    static Shape of(Place place, double x, double y, double radius) {
        return of(place.role(), x, y, radius);
    }

    /**
     * Paints a node's symbol: the shape filled and outlined, and for the cores a dot in the middle, which
     * makes them read as rings. The map and the legend both paint nodes here; a diagram may draw a symbol
     * larger by {@code scale}.
     */
    static void paint(Graphics2D g, PlaceRole role, Tier tier, MapStyle.Node style, double x, double y,
                      double scale) {
        double radius = style.radius() * scale;
        Shape symbol = of(role, x, y, radius);
        g.setColor(style.fill());
        g.fill(symbol);
        g.setColor(style.outline());
        g.setStroke(new BasicStroke((float) (style.width() * scale)));
        g.draw(symbol);
        if (tier == Tier.CORE) {
            g.fill(of(role, x, y, radius * 0.35));
        }
    }

    /** A five-pointed star: the historic sites of the story. */
    private static Shape star(double x, double y, double radius) {
        double[] xy = new double[20];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.45;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            xy[2 * i] = x + r * Math.cos(angle);
            xy[2 * i + 1] = y + r * Math.sin(angle);
        }
        return polygon(xy);
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}
