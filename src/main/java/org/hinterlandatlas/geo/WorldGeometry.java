// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * A geometry projected once into world coordinates, ready to paint at any zoom with one multiply-add per
 * vertex. Each part is a flat array x0, y0, x1, y1, …: a ring of a polygon (closed, first point repeated)
 * or a line.
 */
public record WorldGeometry(Kind kind, List<double[]> parts, List<WorldBounds> partBounds, WorldBounds bounds) {

    public enum Kind {
        POINT, LINE, POLYGON
    }

    public WorldGeometry {
        parts = List.copyOf(parts);
        partBounds = List.copyOf(partBounds);
    }

    /** Builds the geometry and the bounds of each part, which let a painter skip parts off its surface. */
    public static WorldGeometry of(Kind kind, List<double[]> parts) {
        List<WorldBounds> partBounds = new ArrayList<>(parts.size());
        WorldBounds all = WorldBounds.EMPTY;
        for (double[] part : parts) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < part.length; i += 2) {
                minX = Math.min(minX, part[i]);
                maxX = Math.max(maxX, part[i]);
                minY = Math.min(minY, part[i + 1]);
                maxY = Math.max(maxY, part[i + 1]);
            }
            WorldBounds bounds = new WorldBounds(minX, minY, maxX, maxY);
            partBounds.add(bounds);
            all = all.union(bounds);
        }
        return new WorldGeometry(kind, parts, partBounds, all);
    }

    /**
     * Whether a world point lies inside this polygon (even-odd over all rings, so holes count as outside).
     */
    public boolean contains(double x, double y) {
        if (kind != Kind.POLYGON || !bounds.contains(x, y)) {
            return false;
        }
        boolean inside = false;
        for (double[] ring : parts) {
            for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
                double xi = ring[i];
                double yi = ring[i + 1];
                double xj = ring[j];
                double yj = ring[j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    public int vertexCount() {
        return parts.stream().mapToInt(p -> p.length / 2).sum();
    }
}
