// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * A geometry projected once into world coordinates, ready to paint at any zoom with one multiply-add per
 * vertex. Each part is a flat array x0, y0, x1, y1, …: a ring of a polygon (closed, first point repeated)
 * or a line.
 *
 * @param partBlocks for each part, the bounds of its runs of {@link #BLOCK} vertices, four numbers a run
 *                   (min x, min y, max x, max y); a run ends on the vertex the next one starts with, so every
 *                   segment lies in one run's box. A painter skips the runs far outside its surface without
 *                   looking at their vertices.
 */
public record WorldGeometry(Kind kind, List<double[]> parts, List<WorldBounds> partBounds,
                            List<double[]> partBlocks, WorldBounds bounds) {

    /** The vertices of one run of {@link #partBlocks()}, the last shared with the next run. */
    public static final int BLOCK = 16;

    public enum Kind {
        POINT, LINE, POLYGON
    }

    public WorldGeometry {
        parts = List.copyOf(parts);
        partBounds = List.copyOf(partBounds);
        partBlocks = List.copyOf(partBlocks);
    }

    /** Builds the geometry and the bounds of each part, which let a painter skip parts off its surface. */
    public static WorldGeometry of(Kind kind, List<double[]> parts) {
        List<WorldBounds> partBounds = new ArrayList<>(parts.size());
        List<double[]> partBlocks = new ArrayList<>(parts.size());
        WorldBounds all = WorldBounds.EMPTY;
        for (double[] part : parts) {
            double[] blocks = blocks(part);
            // the part's bounds from its runs' bounds: one pass over the vertices for both
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int b = 0; b < blocks.length; b += 4) {
                minX = Math.min(minX, blocks[b]);
                minY = Math.min(minY, blocks[b + 1]);
                maxX = Math.max(maxX, blocks[b + 2]);
                maxY = Math.max(maxY, blocks[b + 3]);
            }
            WorldBounds bounds = new WorldBounds(minX, minY, maxX, maxY);
            partBounds.add(bounds);
            partBlocks.add(blocks);
            all = all.union(bounds);
        }
        return new WorldGeometry(kind, parts, partBounds, partBlocks, all);
    }

    private static double[] blocks(double[] part) {
        int vertices = part.length / 2;
        int count = Math.max(1, (vertices - 1 + BLOCK - 1) / BLOCK);
        double[] blocks = new double[count * 4];
        for (int b = 0; b < count; b++) {
            int last = Math.min((b + 1) * BLOCK, vertices - 1);
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int v = b * BLOCK; v <= last; v++) {
                minX = Math.min(minX, part[2 * v]);
                maxX = Math.max(maxX, part[2 * v]);
                minY = Math.min(minY, part[2 * v + 1]);
                maxY = Math.max(maxY, part[2 * v + 1]);
            }
            blocks[4 * b] = minX;
            blocks[4 * b + 1] = minY;
            blocks[4 * b + 2] = maxX;
            blocks[4 * b + 3] = maxY;
        }
        return blocks;
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
        int count = 0;
        for (double[] part : parts) {
            count += part.length / 2;
        }
        return count;
    }
}
