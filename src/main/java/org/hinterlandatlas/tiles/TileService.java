// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tiles;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.hinterlandatlas.geo.TileId;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.render.LruCache;

/**
 * Serves base-map tiles: from a cache bounded in bytes when it has them, otherwise painted on a background
 * executor. The base layers switched on are part of each tile's key, so switching a layer off and on again
 * finds the earlier tiles still cached. A tile asked for while it is being painted is painted once: at start
 * the atlas paints the first view's tiles while the window is built, and the map then asks for the same.
 */
public final class TileService {

    private static final long BYTES_PER_PIXEL = 8;

    private final TileRenderer renderer;
    private final Executor executor;
    private final LruCache<TileKey, Image> cache;
    private final AtomicLong rendered = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ConcurrentHashMap<TileKey, CompletableFuture<Image>> painting = new ConcurrentHashMap<>();
    private volatile Set<MapLayerId> baseLayers = EnumSet.noneOf(MapLayerId.class);
    private volatile double outputScale = 1;

    /**
     * @param cacheBytes the most the cached tiles may take, counting 8 bytes a pixel: 4 in the image and 4 in
     *                   the texture the renderer keeps for an image as long as the image lives (the software
     *                   pipeline's textures are on the heap)
     */
    public TileService(TileRenderer renderer, Executor executor, long cacheBytes) {
        this.renderer = renderer;
        this.executor = executor;
        this.cache = new LruCache<>(cacheBytes, image -> BYTES_PER_PIXEL * (long) image.getWidth() * (long) image.getHeight());
    }

    /** The bytes of the tiles cached now. */
    public long cachedBytes() {
        return cache.weight();
    }

    /** The most bytes the cached tiles may take. */
    public long cacheLimit() {
        return cache.maxWeight();
    }

    /** Sets the base layers that new tiles show; only the base layers of {@code layers} are kept. */
    public void setLayers(Set<MapLayerId> layers) {
        EnumSet<MapLayerId> base = EnumSet.noneOf(MapLayerId.class);
        layers.stream().filter(MapLayerId::isBase).forEach(base::add);
        baseLayers = base;
    }

    /**
     * Paints new tiles at the screen's output scale (2 on most HiDPI screens), between 1 and 3; the scale is
     * part of the tile's key.
     */
    public void setOutputScale(double scale) {
        outputScale = Math.max(1, Math.min(3, scale));
    }

    public CompletableFuture<Image> load(TileId tile) {
        Set<MapLayerId> layers = baseLayers;
        double scale = outputScale;
        TileKey key = new TileKey(tile, styleKey(layers) + "@" + scale);
        Image cached = cache.get(key);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        CompletableFuture<Image> begun = new CompletableFuture<>();
        CompletableFuture<Image> underWay = painting.putIfAbsent(key, begun);
        if (underWay != null) {
            return underWay;
        }
        inFlight.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    Image image = toFxImage(renderer.render(tile, layers, scale));
                    rendered.incrementAndGet();
                    cache.put(key, image);
                    painting.remove(key);
                    begun.complete(image);
                } catch (RuntimeException | Error e) {
                    painting.remove(key);
                    begun.completeExceptionally(e);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException closing) {
            // the map may still ask for a tile while the window closes and the painters are stopped
            painting.remove(key);
            inFlight.decrementAndGet();
            begun.completeExceptionally(closing);
        }
        return begun;
    }

    /** How many tiles are being painted now: none once the map on screen is complete. */
    public int tilesInFlight() {
        return inFlight.get();
    }

    /** How many tiles were painted (not served from the cache) so far. */
    public long tilesRendered() {
        return rendered.get();
    }

    private String styleKey(Set<MapLayerId> layers) {
        return renderer.painter().style().fingerprint() + new TreeSet<>(layers);
    }

    private static Image toFxImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return fx;
    }
}
