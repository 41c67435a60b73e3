// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WorldBounds;
import org.hinterlandatlas.geo.WorldGeometry;

/** Turns projected geometry into screen paths for a viewport, skipping parts that cannot be seen. */
final class ScreenPaths {

    private ScreenPaths() {
    }

    /**
     * The geometry's path on screen, or null when none of it is inside {@code visible}. Polygon rings share
     * one path with the even-odd rule, so holes (lakes in a province) stay holes. A ring reaching outside
     * {@code visible} is cut to it, and a line keeps only the segments that meet it, so that a country's
     * outline on a regional map costs only its part in view; {@code visible} must therefore reach beyond
     * the surface by more than half the widest stroke.
     */
    static Path2D.Float of(WorldGeometry geometry, Viewport viewport, WorldBounds visible) {
        if (!geometry.bounds().intersects(visible)) {
            return null;
        }
        double scale = viewport.scale();
        double ox = viewport.originX();
        double oy = viewport.originY();
        boolean closed = geometry.kind() == WorldGeometry.Kind.POLYGON;
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD, wholePartsVertices(geometry, visible));
        for (int p = 0; p < geometry.parts().size(); p++) {
            WorldBounds bounds = geometry.partBounds().get(p);
            if (!bounds.intersects(visible)) {
                continue;
            }
            double[] part = geometry.parts().get(p);
            double[] blocks = geometry.partBlocks().get(p);
            if (within(bounds, visible)) {
                whole(path, part, scale, ox, oy, closed);
            } else if (closed) {
                cutRing(path, part, blocks, scale, ox, oy, visible);
            } else {
                segmentsInView(path, part, blocks, scale, ox, oy, visible);
            }
        }
        return path;
    }

    /**
     * The path's first size: the vertices of the parts drawn whole and one a part, made for what is seen
     * rather than for the whole geometry (a tile shows a few hundred of a country's vertices; a cut part
     * grows the path as it needs).
     */
    private static int wholePartsVertices(WorldGeometry geometry, WorldBounds visible) {
        int count = geometry.parts().size();
        for (int p = 0; p < geometry.parts().size(); p++) {
            if (within(geometry.partBounds().get(p), visible)) {
                count += geometry.parts().get(p).length / 2;
            }
        }
        return count;
    }

    private static boolean within(WorldBounds inner, WorldBounds outer) {
        return inner.minX() >= outer.minX() && inner.maxX() <= outer.maxX() && inner.minY() >= outer.minY()
                && inner.maxY() <= outer.maxY();
    }

    private static void whole(Path2D.Float path, double[] part, double scale, double ox, double oy, boolean closed) {
        path.moveTo(part[0] * scale + ox, part[1] * scale + oy);
        for (int i = 2; i < part.length; i += 2) {
            path.lineTo(part[i] * scale + ox, part[i + 1] * scale + oy);
        }
        if (closed) {
            path.closePath();
        }
    }

    /** The rectangle polygon rings are cut to, on screen: {@code visible} there. */
    static Rectangle2D cutRectangle(Viewport viewport, WorldBounds visible) {
        double minX = visible.minX() * viewport.scale() + viewport.originX();
        double minY = visible.minY() * viewport.scale() + viewport.originY();
        return new Rectangle2D.Double(minX, minY, visible.maxX() * viewport.scale() + viewport.originX() - minX,
                visible.maxY() * viewport.scale() + viewport.originY() - minY);
    }

    /**
     * Whether a polygon's path from {@link #of} is the rectangle its rings were cut to, once around: every
     * edge runs along a side of it, so the polygon covers the whole rectangle and its outline lies there.
     * Such is the path of China's land on a map wholly inside it.
     */
    static boolean isCutRectangle(Path2D.Float path, Viewport viewport, WorldBounds visible) {
        float minX = (float) (visible.minX() * viewport.scale() + viewport.originX());
        float minY = (float) (visible.minY() * viewport.scale() + viewport.originY());
        float maxX = (float) (visible.maxX() * viewport.scale() + viewport.originX());
        float maxY = (float) (visible.maxY() * viewport.scale() + viewport.originY());
        float[] point = new float[6];
        float startX = 0;
        float startY = 0;
        float x = 0;
        float y = 0;
        int rings = 0;
        double twiceArea = 0;
        for (PathIterator segments = path.getPathIterator(null); !segments.isDone(); segments.next()) {
            int type = segments.currentSegment(point);
            if (type == PathIterator.SEG_CLOSE) {
                point[0] = startX;
                point[1] = startY;
            } else if (type != PathIterator.SEG_LINETO && (type != PathIterator.SEG_MOVETO || ++rings > 1)) {
                return false;
            }
            float nextX = point[0];
            float nextY = point[1];
            boolean onSide = ((nextX == minX || nextX == maxX) && nextY >= minY && nextY <= maxY)
                    || ((nextY == minY || nextY == maxY) && nextX >= minX && nextX <= maxX);
            if (!onSide) {
                return false;
            }
            if (type == PathIterator.SEG_MOVETO) {
                startX = nextX;
                startY = nextY;
            } else {
                boolean alongSide = (x == nextX && (x == minX || x == maxX)) || (y == nextY && (y == minY || y == maxY));
                if (!alongSide) {
                    return false;
                }
                twiceArea += (double) x * nextY - (double) nextX * y;
            }
            x = nextX;
            y = nextY;
        }
        double whole = ((double) maxX - minX) * ((double) maxY - minY);
        return rings == 1 && (x == startX && y == startY) && Math.abs(Math.abs(twiceArea) / 2 - whole) <= whole * 1e-9;
    }

    private static void cutRing(Path2D.Float path, double[] part, double[] blocks, double scale, double ox,
                                double oy, WorldBounds visible) {
        double minX = visible.minX() * scale + ox;
        double minY = visible.minY() * scale + oy;
        double maxX = visible.maxX() * scale + ox;
        double maxY = visible.maxY() * scale + oy;
        double[] screen = RingInView.of(part, blocks, scale, ox, oy, minX, minY, maxX, maxY);
        double[] cut = RectClip.polygon(screen, minX, minY, maxX, maxY);
        if (cut.length < 6) {
            return;
        }
        path.moveTo(cut[0], cut[1]);
        for (int i = 2; i < cut.length; i += 2) {
            path.lineTo(cut[i], cut[i + 1]);
        }
        path.closePath();
    }

    /**
     * The segments whose box meets the visible area, joined where consecutive. A run of segments whose
     * bounds miss the area is passed over whole: none of its segments could meet it.
     */
    private static void segmentsInView(Path2D.Float path, double[] part, double[] blocks, double scale, double ox,
                                       double oy, WorldBounds visible) {
        boolean drawing = false;
        int vertices = part.length / 2;
        int v = 1;
        while (v < vertices) {
            int first = v - 1;
            if (first % WorldGeometry.BLOCK == 0 && missed(blocks, first / WorldGeometry.BLOCK, visible)) {
                drawing = false;
                v = Math.min(first + WorldGeometry.BLOCK, vertices - 1) + 1;
                continue;
            }
            double ax = part[2 * first];
            double ay = part[2 * first + 1];
            double bx = part[2 * v];
            double by = part[2 * v + 1];
            boolean meets = Math.max(ax, bx) >= visible.minX() && Math.min(ax, bx) <= visible.maxX()
                    && Math.max(ay, by) >= visible.minY() && Math.min(ay, by) <= visible.maxY();
            if (meets) {
                if (!drawing) {
                    path.moveTo(ax * scale + ox, ay * scale + oy);
                }
                path.lineTo(bx * scale + ox, by * scale + oy);
            }
            drawing = meets;
            v++;
        }
    }

    private static boolean missed(double[] blocks, int block, WorldBounds visible) {
        return blocks[4 * block + 2] < visible.minX() || blocks[4 * block] > visible.maxX()
                || blocks[4 * block + 3] < visible.minY() || blocks[4 * block + 1] > visible.maxY();
    }
}
