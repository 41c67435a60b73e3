// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.image.PixelBuffer;
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
     * A finished paint: the scene as resolved and drawn; the overlay and the land and sea beneath, each with
     * {@link #MARGIN} more on every side for a gesture (the overlay there without furniture, cards or labels)
     * and in its middle ({@link #atRest}) as shown at rest; and the furniture and cards alone, in the boxes
     * where they are drawn. The images show the pixels of {@code sheets}, painted into again once released.
     */
    record Pictures(Request request, ResolvedScene resolved, WritableImage overlay, WritableImage underlay,
                    List<Piece> furniture, Sheets sheets) {
    }

    /**
     * A piece of the furniture or a card, as painted over the map, and where on the map it goes; with the
     * overlay's pixels in its box without it and with it, to take it out of the gesture's picture.
     */
    record Piece(Rectangle box, WritableImage image, int[] bare, int[] dressed) {
    }

    /**
     * The overlay and the land and sea of one paint, with the margin, as Java2D paints them and JavaFX shows
     * them, one array of pixels for both: a map holds two sets at most, the one shown and the one painted
     * next, and makes no new ones while its size stays.
     */
    static final class Sheets {
        private final BufferedImage overlay;
        private final BufferedImage underlay;
        private final PixelBuffer<IntBuffer> overlayPixels;
        private final PixelBuffer<IntBuffer> underlayPixels;
        /**
         * One JavaFX image of each sheet for as long as the sheet lives: the renderer keeps a texture for each
         * image (a copy of its pixels, in the heap under the software pipeline) and, told that the pixels
         * changed, copies them into the same texture, where a new image would cost a new texture each paint.
         */
        private final WritableImage overlayImage;
        private final WritableImage underlayImage;

        private Sheets(int width, int height) {
            overlay = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            underlay = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            overlayPixels = shared(overlay);
            underlayPixels = shared(underlay);
            overlayImage = new WritableImage(overlayPixels);
            underlayImage = new WritableImage(underlayPixels);
        }

        private static PixelBuffer<IntBuffer> shared(BufferedImage image) {
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            return new PixelBuffer<>(image.getWidth(), image.getHeight(), IntBuffer.wrap(pixels),
                    PixelFormat.getIntArgbPreInstance());
        }
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
    /** Sheets no paint shows, to paint into next. */
    private final ArrayDeque<Sheets> free = new ArrayDeque<>(1);
    /** The sets of sheets a paint may still take: two are out at most, the one shown and the one painted. */
    private final Semaphore sets = new Semaphore(2);
    /** The painting thread's image of the map's size, for the parts painted as at rest. */
    private BufferedImage scratch;

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
        if (next.get() == null) {
            return;
        }
        // with two paints out (one shown, one on its way to the FX thread) the next waits until the FX thread
        // shows the second and gives back the first, rather than make a third set of sheets
        sets.acquireUninterruptibly();
        Request request = next.getAndSet(null);
        if (request == null) {
            sets.release();
            return;
        }
        try {
            Pictures pictures = paint(request);
            Platform.runLater(() -> done.accept(pictures));
        } catch (RuntimeException | OutOfMemoryError e) {
            sets.release();
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
        Sheets sheets = freeSheets(width + 2 * MARGIN, height + 2 * MARGIN);
        List<Piece> pieces = new ArrayList<>();
        // one scratch image of the map's size, painted three times: the furniture and cards alone, the map's
        // overlay at rest, the land and sea at rest
        scratch = cleared(scratch, width, height);
        Graphics2D alone = scratch.createGraphics();
        try {
            painter.paintFurniture(alone, request.frame(), viewport, request.scene().baseMap(), request.words());
            painter.paintCards(alone, resolved);
        } finally {
            alone.dispose();
        }
        List<Rectangle> boxes = furnitureBoxes(scratch, request.frame(), resolved, width, height);
        List<WritableImage> alonePieces = boxes.stream().map(box -> toFx(scratch, box)).toList();
        clear(sheets.overlay);
        paintAround(sheets.overlay, painter, request, around);
        // the map at rest is painted for its own viewport, as it always was, and copied into the middle
        scratch = cleared(scratch, width, height);
        Graphics2D g = scratch.createGraphics();
        try {
            painter.paintOverlay(g, resolved);
            List<int[]> bare = boxes.stream().map(box -> pixels(scratch, box)).toList();
            painter.paintFurniture(g, request.frame(), viewport, request.scene().baseMap(), request.words());
            painter.paintCards(g, resolved);
            copyIntoMiddle(scratch, sheets.overlay);
            for (int i = 0; i < boxes.size(); i++) {
                pieces.add(new Piece(boxes.get(i), alonePieces.get(i), bare.get(i), pixels(scratch, boxes.get(i))));
            }
        } finally {
            g.dispose();
        }
        scratch = cleared(scratch, width, height);
        Graphics2D under = scratch.createGraphics();
        try {
            painter.paintLandAndSea(under, viewport, request.scene().baseMap());
        } finally {
            under.dispose();
        }
        clear(sheets.underlay);
        Graphics2D underAround = sheets.underlay.createGraphics();
        try {
            painter.paintLandAndSea(underAround, around, request.scene().baseMap());
        } finally {
            underAround.dispose();
        }
        copyIntoMiddle(scratch, sheets.underlay);
        return new Pictures(request, resolved, sheets.overlayImage, sheets.underlayImage, pieces, sheets);
    }

    /** Before a paint is shown, on the FX thread: its sheets were painted anew, their textures are not. */
    static void painted(Pictures pictures) {
        pictures.sheets().overlayPixels.updateBuffer(buffer -> null);
        pictures.sheets().underlayPixels.updateBuffer(buffer -> null);
    }

    /** Sheets no paint shows now, of the size wanted: kept from an earlier paint, or new. */
    private Sheets freeSheets(int width, int height) {
        synchronized (free) {
            Sheets kept = free.poll();
            if (kept != null && kept.overlay.getWidth() == width && kept.overlay.getHeight() == height) {
                return kept;
            }
            free.clear();
        }
        return new Sheets(width, height);
    }

    /**
     * The sheets of a paint no longer shown (or never shown) may be painted into again. Called on the FX
     * thread once the paint is replaced on the map (or was older than the one shown); one set is kept free,
     * so that a map holds two sets while its size stays.
     */
    void release(Pictures pictures) {
        synchronized (free) {
            if (free.isEmpty()) {
                free.add(pictures.sheets());
            }
        }
        sets.release();
    }

    /**
     * For the gesture's picture, the middle of the overlay without the furniture and the cards (they stay
     * still above the moving picture), or with them again as at rest. On the FX thread, while it is shown.
     */
    static void dress(Pictures pictures, boolean dressed) {
        if (pictures.furniture().isEmpty()) {
            return;
        }
        Sheets sheets = pictures.sheets();
        sheets.overlayPixels.updateBuffer(buffer -> {
            Rectangle dirty = null;
            for (Piece piece : pictures.furniture()) {
                Rectangle box = new Rectangle(piece.box());
                box.translate(MARGIN, MARGIN);
                put(sheets.overlay, box, dressed ? piece.dressed() : piece.bare());
                dirty = dirty == null ? box : dirty.union(box);
            }
            return new javafx.geometry.Rectangle2D(dirty.x, dirty.y, dirty.width, dirty.height);
        });
    }

    /** Where the map at rest lies in the pictures, which hold the margin around it. */
    static javafx.geometry.Rectangle2D atRest(Pictures pictures) {
        return new javafx.geometry.Rectangle2D(MARGIN, MARGIN, pictures.overlay().getWidth() - 2 * MARGIN,
                pictures.overlay().getHeight() - 2 * MARGIN);
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

    /** Copies an image of the map's size into the middle of one with the margin, pixel for pixel. */
    private static void copyIntoMiddle(BufferedImage map, BufferedImage withMargin) {
        Graphics2D g = withMargin.createGraphics();
        g.setComposite(AlphaComposite.Src);
        g.drawImage(map, MARGIN, MARGIN, null);
        g.dispose();
    }

    /** The pixels of an image in {@code box}, row by row. */
    private static int[] pixels(BufferedImage image, Rectangle box) {
        int[] all = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] part = new int[box.width * box.height];
        for (int row = 0; row < box.height; row++) {
            System.arraycopy(all, (box.y + row) * image.getWidth() + box.x, part, row * box.width, box.width);
        }
        return part;
    }

    /** Puts pixels taken by {@link #pixels} back into an image, in {@code box}. */
    private static void put(BufferedImage image, Rectangle box, int[] part) {
        int[] all = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int row = 0; row < box.height; row++) {
            System.arraycopy(part, row * box.width, all, (box.y + row) * image.getWidth() + box.x, box.width);
        }
    }

    private static void clear(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setComposite(AlphaComposite.Clear);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
    }

    /** The image of the last paint, emptied, when it has the size wanted; a new one otherwise. */
    private static BufferedImage cleared(BufferedImage image, int width, int height) {
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        clear(image);
        return image;
    }

    /** The part {@code area} of an image, as a JavaFX image of its own (premultiplied ARGB, taken as it is). */
    private static WritableImage toFx(BufferedImage image, Rectangle area) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage fx = new WritableImage(area.width, area.height);
        fx.getPixelWriter().setPixels(0, 0, area.width, area.height, PixelFormat.getIntArgbPreInstance(), pixels,
                area.y * image.getWidth() + area.x, image.getWidth());
        return fx;
    }
}
