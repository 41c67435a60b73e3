// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.render.MapCard;
import org.hinterlandatlas.render.MapFrame;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.OverlayScene;
import org.hinterlandatlas.render.ResolvedScene;

/**
 * Resolves and paints the overlay, and the land and sea under the tiles, off the FX thread: with the map
 * painter on {@code Graphics2D} images, as tiles and figures are painted, handed to the FX thread as JavaFX
 * images. Only the newest request is painted; one asked for while another is painted waits for it, older ones
 * are dropped.
 */
final class OverlayPictures {

    private static final Logger LOG = Logger.getLogger(OverlayPictures.class.getName());

    /** Everything a paint needs, taken on the FX thread, so the painting thread reads no control. */
    record Request(long generation, MapPainter painter, OverlayScene scene, Viewport viewport, MapFrame frame,
                   Function<ResolvedScene, List<MapCard>> cards, boolean labelsHidden,
                   MapPainter.FurnitureWords words) {
    }

    /** A finished paint: the scene as resolved and drawn, the overlay and the land and sea beneath. */
    record Pictures(Request request, ResolvedScene resolved, WritableImage overlay, WritableImage underlay) {
    }

    private final AtomicReference<Request> next = new AtomicReference<>();
    /** One thread, ended when idle, so a map closed (a window rebuilt in another language) leaves none behind. */
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
        Thread t = new Thread(runnable, "overlay-painter");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Pictures> done;
    private BufferedImage overlayCanvas;
    private BufferedImage underlayCanvas;

    /** @param done called on the FX thread with each finished paint */
    OverlayPictures(Consumer<Pictures> done) {
        this.done = done;
        thread.allowCoreThreadTimeOut(true);
    }

    void request(Request request) {
        next.set(request);
        thread.execute(this::paintNewest);
    }

    private void paintNewest() {
        Request request = next.getAndSet(null);
        if (request == null) {
            return;
        }
        try {
            Pictures pictures = paint(request);
            Platform.runLater(() -> done.accept(pictures));
        } catch (RuntimeException | OutOfMemoryError e) {
            // the map keeps the picture it has and is painted again at the next change
            LOG.log(Level.WARNING, "The map overlay could not be painted for " + request.viewport(), e);
        }
    }

    /** Resolves and paints one request; the same pixels whichever thread calls it. */
    Pictures paint(Request request) {
        Viewport viewport = request.viewport();
        ResolvedScene resolved = request.painter().resolve(request.scene(), viewport, request.frame(), request.cards());
        if (request.labelsHidden()) {
            resolved = resolved.withoutLabels();
        }
        int width = (int) Math.ceil(viewport.width());
        int height = (int) Math.ceil(viewport.height());
        overlayCanvas = cleared(overlayCanvas, width, height);
        Graphics2D g = overlayCanvas.createGraphics();
        try {
            request.painter().paintOverlay(g, resolved);
            request.painter().paintFurniture(g, request.frame(), viewport, request.scene().baseMap(), request.words());
            request.painter().paintCards(g, resolved);
        } finally {
            g.dispose();
        }
        underlayCanvas = cleared(underlayCanvas, width, height);
        Graphics2D under = underlayCanvas.createGraphics();
        try {
            request.painter().paintLandAndSea(under, viewport, request.scene().baseMap());
        } finally {
            under.dispose();
        }
        return new Pictures(request, resolved, toFx(overlayCanvas), toFx(underlayCanvas));
    }

    /** The image of the last paint, emptied, when it has the size wanted; a new one otherwise. */
    private static BufferedImage cleared(BufferedImage image, int width, int height) {
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        Graphics2D g = image.createGraphics();
        g.setComposite(AlphaComposite.Clear);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Premultiplied ARGB, the format JavaFX takes without converting. */
    private static WritableImage toFx(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return fx;
    }
}
