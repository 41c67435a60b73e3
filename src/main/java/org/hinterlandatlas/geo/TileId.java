// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.geo;

import java.util.ArrayList;
import java.util.List;

/** A slippy-map tile: column x and row y at an integer zoom, as Gluon Maps numbers them. */
public record TileId(int zoom, long x, long y) {

    public TileId {
        long n = 1L << zoom;
        if (zoom < 0 || x < 0 || y < 0 || x >= n || y >= n) {
            throw new IllegalArgumentException("no tile " + x + "/" + y + " at zoom " + zoom);
        }
    }

    /** The tile containing a position. */
    public static TileId containing(double lon, double lat, int zoom) {
        long n = 1L << zoom;
        long x = Math.min(n - 1, (long) Math.floor(WebMercator.worldX(lon) * n));
        long y = Math.min(n - 1, (long) Math.floor(WebMercator.worldY(lat) * n));
        return new TileId(zoom, Math.max(0, x), Math.max(0, y));
    }

    /** Every tile at this zoom that intersects the box, row by row. */
    public static List<TileId> covering(double west, double south, double east, double north, int zoom) {
        TileId nw = containing(west, north, zoom);
        TileId se = containing(east, south, zoom);
        List<TileId> tiles = new ArrayList<>();
        for (long y = nw.y(); y <= se.y(); y++) {
            for (long x = nw.x(); x <= se.x(); x++) {
                tiles.add(new TileId(zoom, x, y));
            }
        }
        return tiles;
    }

    /** The tile's extent in world coordinates. */
    public WorldBounds bounds() {
        double size = 1.0 / (1L << zoom);
        return new WorldBounds(x * size, y * size, (x + 1) * size, (y + 1) * size);
    }
}
