// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.MapView;
import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.support.NetworkTripwire;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.task.BackgroundExecutors;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Gluon Maps loads our retriever, and a map on screen opens no network connection. */
class OfflineTileRetrieverTest {

    @Test
    void serviceLoaderFindsOurRetrieverFirst() {
        TileRetriever first = ServiceLoader.load(TileRetriever.class).findFirst().orElseThrow();
        assertInstanceOf(OfflineTileRetriever.class, first);
        assertInstanceOf(OfflineTileRetriever.class, TileRetrieverProvider.getInstance().load());
    }

    @Test
    void theTripwireSeesAConnection() throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            NetworkTripwire tripwire = NetworkTripwire.watch();
            try (java.net.Socket socket = new java.net.Socket(server.getInetAddress(), server.getLocalPort())) {
                assertTrue(socket.isConnected());
            } finally {
                tripwire.close();
            }
            assertFalse(tripwire.attempts().isEmpty(), "the tripwire would notice a tile download");
        }
    }

    @Test
    void aShownMapGetsItsTilesFromUsWithoutTouchingTheNetwork() throws Exception {
        ExecutorService executor = BackgroundExecutors.fixed("test-tiles", 2);
        TileService service = new TileService(new TileRenderer(ShippedAtlas.painter(), ShippedAtlas.atlas().baseMap()),
                executor, 64 * 256 * 256 * 4);
        service.setLayers(java.util.EnumSet.allOf(MapLayerId.class));
        OfflineTileRetriever.install(service);
        NetworkTripwire tripwire = NetworkTripwire.watch();
        try {
            FxToolkit.registerPrimaryStage();
            FxToolkit.setupStage(stage -> {
                MapView map = new MapView();
                map.setZoom(6);
                map.setCenter(30.6, 104.0);
                stage.setScene(new Scene(map, 640, 480));
                stage.show();
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> service.tilesRendered() >= 4);
            Image direct = new OfflineTileRetriever().loadTile(7, 101, 52).get(20, TimeUnit.SECONDS);
            assertEquals(256, direct.getWidth());
            assertTrue(service.tilesRendered() >= 4);
        } finally {
            tripwire.close();
            FxToolkit.cleanupStages();
            executor.shutdownNow();
        }
        assertEquals(java.util.List.of(), tripwire.attempts(), "no connection may be attempted");
    }
}
