// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.util.Arrays;
import org.hinterlandatlas.geo.WorldGeometry;

/**
 * A world ring in screen coordinates, ready for {@link RectClip}, with the vertices the cut would drop without
 * a trace left out: of each run of consecutive vertices beyond one side of the rectangle only the first and
 * the last are kept. Such a run is wholly outside the cut's pass for its side, and every earlier pass keeps
 * it as it is (beyond the right side means inside the left; beyond the top or the bottom, within the left
 * and the right), so that pass drops it and no edge inside it crosses the side: the cut of the shorter ring
 * is the same array of numbers. A country's outline cut to a tile is then a few hundred vertices, found
 * from the bounds of its runs of {@link WorldGeometry#BLOCK} without looking at the vertices far away.
 */
final class RingInView {

    private static final int INSIDE = 0;
    private static final int LEFT = 1;
    private static final int RIGHT = 2;
    private static final int ABOVE = 3;
    private static final int BELOW = 4;

    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private double[] points = new double[64];
    private int length;
    private int runSide = -1;
    private int runLength;

    private RingInView(double minX, double minY, double maxX, double maxY) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
    }

    /**
     * The ring {@code part} (world x, y pairs) as screen x = world x × scale + ox (and y alike), with the far
     * runs shortened for the cut to the screen rectangle minX…maxY; {@code blocks} are the part's run bounds
     * from {@link WorldGeometry#partBlocks()}.
     */
    static double[] of(double[] part, double[] blocks, double scale, double ox, double oy, double minX,
                       double minY, double maxX, double maxY) {
        RingInView ring = new RingInView(minX, minY, maxX, maxY);
        int vertices = part.length / 2;
        int v = 0;
        while (v < vertices) {
            ring.add(part[2 * v] * scale + ox, part[2 * v + 1] * scale + oy);
            if (v % WorldGeometry.BLOCK == 0 && v < vertices - 1
                    && ring.beyondOneSide(blocks, v / WorldGeometry.BLOCK, scale, ox, oy)) {
                // the run's vertices up to its last would each only replace the one before
                v = Math.min(v + WorldGeometry.BLOCK, vertices - 1);
            } else {
                v++;
            }
        }
        return Arrays.copyOf(ring.points, ring.length);
    }

    /**
     * Whether all vertices of the run lie beyond one and the same side. Screen coordinates grow with world
     * coordinates (rounding included), so the box's corners in screen coordinates bound every vertex's.
     */
    private boolean beyondOneSide(double[] blocks, int block, double scale, double ox, double oy) {
        double left = blocks[4 * block] * scale + ox;
        double top = blocks[4 * block + 1] * scale + oy;
        double right = blocks[4 * block + 2] * scale + ox;
        double bottom = blocks[4 * block + 3] * scale + oy;
        if (right < minX || left > maxX) {
            return true;
        }
        return left >= minX && right <= maxX && (bottom < minY || top > maxY);
    }

    private void add(double x, double y) {
        int side = side(x, y);
        if (side != INSIDE && side == runSide && runLength >= 2) {
            points[length - 2] = x;
            points[length - 1] = y;
            return;
        }
        if (length == points.length) {
            points = Arrays.copyOf(points, points.length * 2);
        }
        points[length++] = x;
        points[length++] = y;
        runLength = side == runSide ? runLength + 1 : 1;
        runSide = side;
    }

    /** The side a vertex lies beyond, in the order of the cut's passes. */
    private int side(double x, double y) {
        if (x < minX) {
            return LEFT;
        }
        if (x > maxX) {
            return RIGHT;
        }
        if (y < minY) {
            return ABOVE;
        }
        return y > maxY ? BELOW : INSIDE;
    }
}
