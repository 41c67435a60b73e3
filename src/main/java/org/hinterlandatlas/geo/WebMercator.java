// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.geo;

/**
 * The spherical Web-Mercator projection used by Gluon Maps and every tile scheme: longitude and latitude
 * map to "world" coordinates in [0, 1] (x eastwards from 180°W, y southwards from 85.0511°N), and a world
 * is 256 × 2^zoom pixels wide.
 */
public final class WebMercator {

    /** The latitude at which the square Web-Mercator world ends. */
    public static final double MAX_LATITUDE = 85.05112877980659;
    public static final int TILE_SIZE = 256;
    /** Equatorial circumference of the WGS 84 sphere used by Web Mercator, in metres. */
    private static final double EARTH_CIRCUMFERENCE = 2 * Math.PI * 6_378_137.0;

    private WebMercator() {
    }

    public static double worldX(double lon) {
        return (lon + 180.0) / 360.0;
    }

    public static double worldY(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double rad = Math.toRadians(clamped);
        return (1.0 - Math.log(Math.tan(rad) + 1.0 / Math.cos(rad)) / Math.PI) / 2.0;
    }

    public static double lon(double worldX) {
        return worldX * 360.0 - 180.0;
    }

    public static double lat(double worldY) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1.0 - 2.0 * worldY))));
    }

    /** Width of the whole world in pixels at a (possibly fractional) zoom. */
    public static double worldPixels(double zoom) {
        return TILE_SIZE * Math.pow(2.0, zoom);
    }

    /** Ground distance covered by one pixel at the given latitude and zoom, in metres. */
    public static double metresPerPixel(double lat, double zoom) {
        return EARTH_CIRCUMFERENCE * Math.cos(Math.toRadians(lat)) / worldPixels(zoom);
    }
}
