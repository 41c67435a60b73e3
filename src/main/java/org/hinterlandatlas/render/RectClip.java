// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.util.Arrays;

/**
 * Cuts polygon rings to a rectangle (Sutherland–Hodgman, one pass per side), in screen coordinates. A
 * country's outline has tens of thousands of vertices, most of them far outside a regional map; cut, only
 * the part in view is rasterised or written into a PDF or SVG. The cut edges run along the rectangle, which
 * lies a margin outside the surface, so neither they nor their strokes are ever seen.
 */
final class RectClip {

    private RectClip() {
    }

    /**
     * The ring {x0, y0, x1, y1, …} cut to the rectangle, as a new array of the same form (possibly empty);
     * inside the rectangle it covers exactly what the ring covers.
     */
    static double[] polygon(double[] ring, double minX, double minY, double maxX, double maxY) {
        double[] points = ring;
        int length = ring.length;
        for (int side = 0; side < 4 && length > 0; side++) {
            double[] out = new double[length * 2 + 4];
            int n = 0;
            double px = points[length - 2];
            double py = points[length - 1];
            boolean pIn = inside(side, px, py, minX, minY, maxX, maxY);
            for (int i = 0; i < length; i += 2) {
                double cx = points[i];
                double cy = points[i + 1];
                boolean cIn = inside(side, cx, cy, minX, minY, maxX, maxY);
                if (cIn != pIn) {
                    double edge = switch (side) {
                        case 0 -> minX;
                        case 1 -> maxX;
                        case 2 -> minY;
                        default -> maxY;
                    };
                    if (side < 2) {
                        out[n++] = edge;
                        out[n++] = py + (cy - py) * (edge - px) / (cx - px);
                    } else {
                        out[n++] = px + (cx - px) * (edge - py) / (cy - py);
                        out[n++] = edge;
                    }
                }
                if (cIn) {
                    out[n++] = cx;
                    out[n++] = cy;
                }
                px = cx;
                py = cy;
                pIn = cIn;
            }
            points = out;
            length = n;
        }
        return length == points.length ? points : Arrays.copyOf(points, length);
    }

    private static boolean inside(int side, double x, double y, double minX, double minY, double maxX, double maxY) {
        return switch (side) {
            case 0 -> x >= minX;
            case 1 -> x <= maxX;
            case 2 -> y >= minY;
            default -> y <= maxY;
        };
    }
}
