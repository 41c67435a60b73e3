// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.geo;

/** An axis-aligned box in world coordinates (see {@link WebMercator}). */
public record WorldBounds(double minX, double minY, double maxX, double maxY) {

    public static final WorldBounds EMPTY = new WorldBounds(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

    public boolean intersects(WorldBounds other) {
        return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY;
    }

    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    public WorldBounds union(WorldBounds other) {
        return new WorldBounds(Math.min(minX, other.minX), Math.min(minY, other.minY),
                Math.max(maxX, other.maxX), Math.max(maxY, other.maxY));
    }

    public WorldBounds expand(double margin) {
        return new WorldBounds(minX - margin, minY - margin, maxX + margin, maxY + margin);
    }

    public double centerX() {
        return (minX + maxX) / 2;
    }

    public double centerY() {
        return (minY + maxY) / 2;
    }
}
