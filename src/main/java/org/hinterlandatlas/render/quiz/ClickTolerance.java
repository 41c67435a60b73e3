// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render.quiz;

import java.util.List;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.GeoPoint;

/**
 * How near a click must fall to a feature to count, measured on the screen. Zoomed out, a fixed radius a
 * mouse or a pen on a projector can hit; zoomed in, the ground a city covers, so that a student need not
 * hit its centre's single pixel when the map shows one city across the screen.
 */
public final class ClickTolerance {

    /** The radius on the screen, in CSS pixels, below which the tolerance never falls. */
    public static final double MIN_PIXELS = 24;
    /** The radius on the ground, in metres: about the built-up extent of a prefecture's centre. */
    public static final double GROUND_METRES = 12_000;

    private ClickTolerance() {
    }

    /** The tolerance in screen pixels at this viewport's zoom. */
    public static double pixels(Viewport viewport) {
        return Math.max(MIN_PIXELS, GROUND_METRES / viewport.metresPerPixel());
    }

    /** Whether a click at screen point (x, y) lies within the tolerance of the item. */
    public static boolean hits(QuizItem item, Viewport viewport, double x, double y) {
        return distance(item.shape(), viewport, x, y) <= pixels(viewport);
    }

    /** The screen distance from (x, y) to the point or line, in pixels. */
    static double distance(List<GeoPoint> shape, Viewport viewport, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        double[] previous = null;
        for (GeoPoint point : shape) {
            double[] p = {viewport.screenX(WebMercator.worldX(point.lon())),
                    viewport.screenY(WebMercator.worldY(point.lat()))};
            best = Math.min(best, previous == null ? Math.hypot(x - p[0], y - p[1])
                    : segmentDistance(previous, p, x, y));
            previous = p;
        }
        return best;
    }

    private static double segmentDistance(double[] a, double[] b, double x, double y) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / length));
        return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
    }
}
