// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.EnumSet;
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

    /**
     * A finished paint: the scene as resolved and drawn, the overlay and the land and sea beneath as shown at
     * rest; and for a gesture the same two with {@link #MARGIN} more on every side (the overlay there without
     * furniture, cards or labels) and the furniture and cards alone, in the boxes where they are drawn.
     */
    record Pictures(Request request, ResolvedScene resolved, WritableImage overlay, WritableImage underlay,
                    WritableImage overlayAround, WritableImage underlayAround, List<Piece> furniture) {
    }

    /** A piece of the furniture or a card, as painted over the map, and where on the map it goes. */
    record Piece(Rectangle box, WritableImage image) {
    }

    /**
     * How far beyond each edge of the map the gesture's picture is painted: a drag or a wheel step out shows
     * what lay just outside the map instead of an edge cut off.
     */
    static final int MARGIN = 128;
    /** Around each piece of furniture, how far its box is searched for what was painted of it. */
    private static final int FURNITURE_REACH = 24;

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
        MapPainter painter = request.painter();
        ResolvedScene resolved = painter.resolve(request.scene(), viewport, request.frame(), request.cards());
        if (request.labelsHidden()) {
            resolved = resolved.withoutLabels();
        }
        int width = (int) Math.ceil(viewport.width());
        int height = (int) Math.ceil(viewport.height());
        Viewport around = around(viewport);
        overlayCanvas = cleared(overlayCanvas, width, height);
        // the gesture's images are made for each paint and not kept: a map at rest holds only its own two
        BufferedImage overlayAroundCanvas = cleared(null, width + 2 * MARGIN, height + 2 * MARGIN);
        paintAround(overlayAroundCanvas, painter, request, around);
        Graphics2D g = overlayCanvas.createGraphics();
        try {
            painter.paintOverlay(g, resolved);
            // the map's own overlay, labels and all, inside the margin of the gesture's picture
            Graphics2D inside = overlayAroundCanvas.createGraphics();
            inside.setComposite(AlphaComposite.Src);
            inside.drawImage(overlayCanvas, MARGIN, MARGIN, null);
            inside.dispose();
            painter.paintFurniture(g, request.frame(), viewport, request.scene().baseMap(), request.words());
            painter.paintCards(g, resolved);
        } finally {
            g.dispose();
        }
        BufferedImage furnitureCanvas = cleared(null, width, height);
        Graphics2D furniture = furnitureCanvas.createGraphics();
        try {
            painter.paintFurniture(furniture, request.frame(), viewport, request.scene().baseMap(), request.words());
            painter.paintCards(furniture, resolved);
        } finally {
            furniture.dispose();
        }
        underlayCanvas = cleared(underlayCanvas, width, height);
        Graphics2D under = underlayCanvas.createGraphics();
        try {
            painter.paintLandAndSea(under, viewport, request.scene().baseMap());
        } finally {
            under.dispose();
        }
        BufferedImage underlayAroundCanvas = cleared(null, width + 2 * MARGIN, height + 2 * MARGIN);
        Graphics2D underAround = underlayAroundCanvas.createGraphics();
        try {
            painter.paintLandAndSea(underAround, around, request.scene().baseMap());
        } finally {
            underAround.dispose();
        }
        List<Piece> pieces = furnitureBoxes(furnitureCanvas, request.frame(), resolved, width, height).stream()
                .map(box -> new Piece(box, toFx(furnitureCanvas, box))).toList();
        return new Pictures(request, resolved, toFx(overlayCanvas), toFx(underlayCanvas), toFx(overlayAroundCanvas),
                toFx(underlayAroundCanvas), pieces);
    }

    /** The viewport of the gesture's picture: the map's, {@link #MARGIN} larger on every side. */
    static Viewport around(Viewport viewport) {
        return new Viewport(viewport.zoom(), viewport.originX() + MARGIN, viewport.originY() + MARGIN,
                viewport.width() + 2 * MARGIN, viewport.height() + 2 * MARGIN);
    }

    /**
     * The overlay's shapes beyond the map's edges, without labels: resolved for the larger viewport, whose
     * label placement would differ from the map's, so none of its labels is drawn.
     */
    private static void paintAround(BufferedImage overlayAroundCanvas, MapPainter painter, Request request,
                                    Viewport around) {
        MapFrame bare = MapFrame.of(around, EnumSet.noneOf(MapFrame.Part.class));
        ResolvedScene shapes = painter.resolve(request.scene(), around, bare).withoutLabels();
        Graphics2D g = overlayAroundCanvas.createGraphics();
        try {
            painter.paintOverlay(g, shapes);
        } finally {
            g.dispose();
        }
    }

    /**
     * Where the furniture and the cards were painted: each box of the frame's furniture and each card's,
     * searched a little beyond for what was painted and narrowed to it, so that little is shown with them.
     */
    private static List<Rectangle> furnitureBoxes(BufferedImage furnitureCanvas, MapFrame frame, ResolvedScene resolved,
                                                  int width, int height) {
        List<Rectangle2D> boxes = new ArrayList<>();
        frame.inset().ifPresent(boxes::add);
        frame.scaleBar().ifPresent(boxes::add);
        frame.northArrow().ifPresent(boxes::add);
        resolved.cards().forEach(card -> boxes.add(card.box()));
        List<Rectangle> painted = new ArrayList<>();
        Rectangle map = new Rectangle(0, 0, width, height);
        for (Rectangle2D box : boxes) {
            Rectangle reach = box.getBounds().intersection(map);
            reach.grow(FURNITURE_REACH, FURNITURE_REACH);
            Rectangle ink = paintedWithin(furnitureCanvas, reach.intersection(map));
            if (ink != null) {
                painted.add(ink);
            }
        }
        return disjoint(painted);
    }

    /** Boxes that overlap become one, so that no pixel is drawn twice over the moving picture. */
    private static List<Rectangle> disjoint(List<Rectangle> boxes) {
        List<Rectangle> merged = new ArrayList<>(boxes);
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < merged.size() && !joined; i++) {
                for (int j = i + 1; j < merged.size() && !joined; j++) {
                    if (merged.get(i).intersects(merged.get(j))) {
                        merged.set(i, merged.get(i).union(merged.remove(j)));
                        joined = true;
                    }
                }
            }
        }
        return merged;
    }

    /** The smallest rectangle within {@code area} holding every pixel painted in {@code image}; null if none. */
    private static Rectangle paintedWithin(BufferedImage image, Rectangle area) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = image.getWidth();
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if (pixels[y * stride + x] != 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
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
        return toFx(image, new Rectangle(0, 0, image.getWidth(), image.getHeight()));
    }

    /** The part {@code area} of an image, as a JavaFX image of its own. */
    private static WritableImage toFx(BufferedImage image, Rectangle area) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage fx = new WritableImage(area.width, area.height);
        fx.getPixelWriter().setPixels(0, 0, area.width, area.height, PixelFormat.getIntArgbPreInstance(), pixels,
                area.y * image.getWidth() + area.x, image.getWidth());
        return fx;
    }
}
