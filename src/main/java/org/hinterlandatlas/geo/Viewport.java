// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.geo;

/**
 * Where the world lies on a drawing surface: a zoom and the screen position of the world's origin.
 * Screen x = worldX × 256 × 2^zoom + originX. A tile, the on-screen map and (later) a printed page are
 * all just viewports, which is what lets one painter serve them all.
 *
 * @param width  the surface's width in pixels
 * @param height the surface's height in pixels
 */
public record Viewport(double zoom, double originX, double originY, double width, double height) {

    /** The viewport of a tile image. */
    public static Viewport ofTile(TileId tile) {
        int size = WebMercator.TILE_SIZE;
        return new Viewport(tile.zoom(), -tile.x() * size, -tile.y() * size, size, size);
    }

    /** A viewport of the given size centred on a position. */
    public static Viewport centredOn(double lon, double lat, double zoom, double width, double height) {
        double scale = WebMercator.worldPixels(zoom);
        return new Viewport(zoom, width / 2 - WebMercator.worldX(lon) * scale,
                height / 2 - WebMercator.worldY(lat) * scale, width, height);
    }

    /**
     * The viewport that shows the box (degrees) as large as possible inside the surface, keeping
     * {@code margin} pixels free on every side.
     */
    public static Viewport fitting(double west, double south, double east, double north, double width,
                                   double height, double margin) {
        double spanX = WebMercator.worldX(east) - WebMercator.worldX(west);
        double spanY = WebMercator.worldY(south) - WebMercator.worldY(north);
        double usableWidth = Math.max(1, width - 2 * margin);
        double usableHeight = Math.max(1, height - 2 * margin);
        double scale = Math.min(usableWidth / spanX, usableHeight / spanY);
        double zoom = Math.log(scale / WebMercator.TILE_SIZE) / Math.log(2);
        double centerX = (WebMercator.worldX(west) + WebMercator.worldX(east)) / 2;
        double centerY = (WebMercator.worldY(north) + WebMercator.worldY(south)) / 2;
        return new Viewport(zoom, width / 2 - centerX * scale, height / 2 - centerY * scale, width, height);
    }

    public double scale() {
        return WebMercator.worldPixels(zoom);
    }

    public double screenX(double worldX) {
        return worldX * scale() + originX;
    }

    public double screenY(double worldY) {
        return worldY * scale() + originY;
    }

    public double worldX(double screenX) {
        return (screenX - originX) / scale();
    }

    public double worldY(double screenY) {
        return (screenY - originY) / scale();
    }

    /** The part of the world the surface shows. */
    public WorldBounds visibleWorld() {
        return new WorldBounds(worldX(0), worldY(0), worldX(width), worldY(height));
    }

    public double centerLon() {
        return WebMercator.lon(worldX(width / 2));
    }

    public double centerLat() {
        return WebMercator.lat(worldY(height / 2));
    }

    public double metresPerPixel() {
        return WebMercator.metresPerPixel(centerLat(), zoom);
    }

    public ZoomBand band() {
        return ZoomBand.forZoom(zoom);
    }
}
