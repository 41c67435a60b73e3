// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tiles;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import org.hinterlandatlas.geo.TileId;

/**
 * The tile source Gluon Maps uses, registered in META-INF/services so that Gluon never falls back to
 * downloading OpenStreetMap tiles.
 *
 * <p>Gluon creates its retriever once per JVM through {@link java.util.ServiceLoader}, with no arguments
 * and before the atlas has loaded its data, so the retriever cannot be handed its renderer. Instead the
 * application installs a {@link TileService} once it is ready, and tiles asked for earlier wait for it.
 * This is the only process-wide state of the atlas, forced by the SPI (see docs/decisions).
 */
public final class OfflineTileRetriever implements TileRetriever {

    private static final AtomicReference<CompletableFuture<TileService>> SERVICE =
            new AtomicReference<>(new CompletableFuture<>());

    /** Makes {@code service} the source of every tile from now on. */
    public static void install(TileService service) {
        CompletableFuture<TileService> pending = SERVICE.get();
        if (!pending.complete(service)) {
            SERVICE.set(CompletableFuture.completedFuture(service));
        }
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        TileId tile = new TileId(zoom, i, j);
        CompletableFuture<TileService> service = SERVICE.get();
        TileService ready = service.getNow(null);
        return ready != null ? ready.load(tile) : service.thenCompose(s -> s.load(tile));
    }
}
