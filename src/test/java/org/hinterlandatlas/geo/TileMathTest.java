// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TileMathTest {

    @Test
    void projectsLongitudeAndLatitudeToWorldCoordinates() {
        assertEquals(0.0, WebMercator.worldX(-180), 0);
        assertEquals(0.5, WebMercator.worldX(0), 0);
        assertEquals(0.5, WebMercator.worldY(0), 1e-15);
        assertEquals(0.7890740833333333, WebMercator.worldX(104.06667), 1e-15);
        assertEquals(0.41042960334917145, WebMercator.worldY(30.66667), 1e-12);
        assertEquals(0.0, WebMercator.worldY(WebMercator.MAX_LATITUDE), 1e-12);
    }

    @Test
    void inverseProjectionReturnsTheStartingPosition() {
        assertEquals(104.06667, WebMercator.lon(WebMercator.worldX(104.06667)), 1e-9);
        assertEquals(30.66667, WebMercator.lat(WebMercator.worldY(30.66667)), 1e-9);
        assertEquals(-33.9, WebMercator.lat(WebMercator.worldY(-33.9)), 1e-9);
    }

    @Test
    void chengduLiesInTile101Row52AtZoom7() {
        assertEquals(new TileId(7, 101, 52), TileId.containing(104.06667, 30.66667, 7));
        assertEquals(new TileId(0, 0, 0), TileId.containing(104.06667, 30.66667, 0));
    }

    @Test
    void theBenchmarkAreaIsCoveredBy133TilesAtZooms5To8() {
        int[] expected = {4, 9, 24, 96};
        int total = 0;
        for (int zoom = 5; zoom <= 8; zoom++) {
            List<TileId> tiles = TileId.covering(97, 25, 112, 34, zoom);
            assertEquals(expected[zoom - 5], tiles.size(), "zoom " + zoom);
            total += tiles.size();
        }
        assertEquals(133, total);
        assertEquals(new TileId(7, 98, 51), TileId.covering(97, 25, 112, 34, 7).get(0));
        assertEquals(new TileId(8, 207, 109), TileId.covering(97, 25, 112, 34, 8).get(95));
    }

    @Test
    void tileBoundsAreExactPowersOfTwo() {
        WorldBounds bounds = new TileId(7, 101, 52).bounds();
        assertEquals(101 / 128.0, bounds.minX(), 0);
        assertEquals(52 / 128.0, bounds.minY(), 0);
        assertEquals(102 / 128.0, bounds.maxX(), 0);
        assertEquals(53 / 128.0, bounds.maxY(), 0);
    }

    @Test
    void aTileViewportPutsTheTileOriginAtTheTopLeftPixel() {
        Viewport tile = Viewport.ofTile(new TileId(7, 101, 52));
        assertEquals(0.0, tile.screenX(101 / 128.0), 1e-9);
        assertEquals(256.0, tile.screenY(53 / 128.0), 1e-9);
    }

    @Test
    void metresPerPixelAtTheEquatorAtZoom0() {
        assertEquals(156543.03392804097, WebMercator.metresPerPixel(0, 0), 1e-6);
        assertEquals(156543.03392804097 / 128 * Math.cos(Math.toRadians(30)), WebMercator.metresPerPixel(30, 7), 1e-6);
    }

    @Test
    void zoomBandsFollowGluonsTileSwitchingPoint() {
        assertEquals(ZoomBand.LO, ZoomBand.forZoom(4.7));
        assertEquals(ZoomBand.MID, ZoomBand.forZoom(4.8));
        assertEquals(ZoomBand.MID, ZoomBand.forZoom(6.79));
        assertEquals(ZoomBand.HI, ZoomBand.forZoom(6.8));
        assertEquals(7, ZoomBand.tileZoom(6.8));
    }

    @Test
    void fittingABoxCentresItAndKeepsTheMargin() {
        Viewport v = Viewport.fitting(100, 25, 110, 35, 1000, 800, 20);
        double left = v.screenX(WebMercator.worldX(100));
        double right = v.screenX(WebMercator.worldX(110));
        double top = v.screenY(WebMercator.worldY(35));
        double bottom = v.screenY(WebMercator.worldY(25));
        assertEquals(500.0, (left + right) / 2, 1e-9);
        assertEquals(400.0, (top + bottom) / 2, 1e-9);
        // The box is taller than wide in Mercator at this aspect ratio: its height fills the 760 usable pixels.
        assertEquals(760.0, bottom - top, 1e-9);
        assertEquals(true, right - left < 960);
    }

    @Test
    void polygonContainmentHonoursHoles() {
        double[] outer = {0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
        double[] hole = {4, 4, 6, 4, 6, 6, 4, 6, 4, 4};
        WorldGeometry square = WorldGeometry.of(WorldGeometry.Kind.POLYGON, List.of(outer, hole));
        assertEquals(true, square.contains(2, 2));
        assertEquals(false, square.contains(5, 5));
        assertEquals(false, square.contains(11, 5));
    }
}
