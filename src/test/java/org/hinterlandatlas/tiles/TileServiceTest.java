// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.image.Image;
import org.hinterlandatlas.geo.TileId;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

class TileServiceTest {

    /** A 256 × 256 tile's pixels, in its image and in the renderer's texture of it. */
    private static final long TILE_BYTES = 256 * 256 * 8;

    private final TileRenderer renderer = new TileRenderer(ShippedAtlas.painter(), ShippedAtlas.atlas().baseMap());

    @Test
    void aTileIsPaintedOnceAndThenServedFromTheCache() throws Exception {
        TileService service = new TileService(renderer, Runnable::run, 8 * TILE_BYTES);
        service.setLayers(EnumSet.allOf(MapLayerId.class));
        Image first = service.load(new TileId(7, 101, 52)).get();
        Image second = service.load(new TileId(7, 101, 52)).get();
        assertSame(first, second);
        assertEquals(1, service.tilesRendered());
        assertEquals(256, first.getWidth());
    }

    @Test
    void aTileAskedForWhileItIsPaintedIsPaintedOnce() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        TileService service = new TileService(renderer, queued::add, 8 * TILE_BYTES);
        service.setLayers(EnumSet.allOf(MapLayerId.class));
        CompletableFuture<Image> early = service.load(new TileId(6, 50, 26));
        CompletableFuture<Image> asked = service.load(new TileId(6, 50, 26));
        assertEquals(1, queued.size(), "one paint for both");
        assertEquals(1, service.tilesInFlight());
        queued.forEach(Runnable::run);
        assertSame(early.get(), asked.get());
        assertEquals(1, service.tilesRendered());
        assertEquals(0, service.tilesInFlight());
        assertSame(early.get(), service.load(new TileId(6, 50, 26)).get(), "then from the cache");
    }

    @Test
    void switchingABaseLayerChangesTheKey() throws Exception {
        TileService service = new TileService(renderer, Runnable::run, 8 * TILE_BYTES);
        service.setLayers(EnumSet.allOf(MapLayerId.class));
        service.load(new TileId(7, 101, 52)).get();
        service.setLayers(EnumSet.complementOf(EnumSet.of(MapLayerId.RIVERS)));
        service.load(new TileId(7, 101, 52)).get();
        assertEquals(2, service.tilesRendered());
        service.setLayers(EnumSet.allOf(MapLayerId.class));
        service.load(new TileId(7, 101, 52)).get();
        assertEquals(2, service.tilesRendered(), "switching back finds the first tile again");
    }

    @Test
    void overlayLayersDoNotChangeTheTiles() throws Exception {
        TileService service = new TileService(renderer, Runnable::run, 8 * TILE_BYTES);
        service.setLayers(EnumSet.allOf(MapLayerId.class));
        service.load(new TileId(6, 50, 26)).get();
        service.setLayers(EnumSet.complementOf(EnumSet.of(MapLayerId.NODES, MapLayerId.CORRIDORS)));
        service.load(new TileId(6, 50, 26)).get();
        assertEquals(1, service.tilesRendered());
    }

    @Test
    void theCacheIsBounded() throws Exception {
        TileService service = new TileService(renderer, Runnable::run, 2 * TILE_BYTES);
        service.setLayers(EnumSet.allOf(MapLayerId.class));
        service.load(new TileId(5, 24, 12)).get();
        service.load(new TileId(5, 25, 12)).get();
        service.load(new TileId(5, 24, 13)).get();
        service.load(new TileId(5, 24, 12)).get();
        assertEquals(4, service.tilesRendered(), "the oldest tile was evicted and painted again");
        assertEquals(2 * TILE_BYTES, service.cachedBytes(), "the cache holds what its bytes allow");
    }

    @Test
    void aHiDpiScreenGetsTilesAtItsScaleUnderTheirOwnKey() throws Exception {
        TileService service = new TileService(renderer, Runnable::run, 8);
        service.setLayers(EnumSet.allOf(MapLayerId.class));
        assertEquals(256, service.load(new TileId(7, 101, 52)).get().getWidth());
        service.setOutputScale(2);
        Image sharp = service.load(new TileId(7, 101, 52)).get();
        assertEquals(512, sharp.getWidth());
        assertEquals(512, sharp.getHeight());
        assertEquals(2, service.tilesRendered(), "the 1x tile is not served for the 2x screen");
    }

    @Test
    void aTileAskedForAfterThePaintersStoppedFailsQuietly() {
        ExecutorService stopped = Executors.newSingleThreadExecutor();
        stopped.shutdownNow();
        TileService service = new TileService(renderer, stopped, 8 * TILE_BYTES);
        service.setLayers(EnumSet.allOf(MapLayerId.class));
        CompletableFuture<Image> tile = service.load(new TileId(7, 101, 52));
        assertTrue(tile.isCompletedExceptionally());
        assertEquals(0, service.tilesInFlight(), "a refused tile is not left counted as being painted");
    }
}
