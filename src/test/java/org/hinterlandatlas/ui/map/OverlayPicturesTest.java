// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.Legend;
import org.hinterlandatlas.render.MapCard;
import org.hinterlandatlas.render.MapFrame;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.OverlayScene;
import org.hinterlandatlas.render.ResolvedScene;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The pictures of one paint: the map at rest exactly as the painter draws it, and for a gesture the same
 * overlay inside a margin, and the furniture and cards alone, in boxes that hold all of them.
 */
class OverlayPicturesTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 744;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theMapAtRestIsPaintedAsBeforeAndTheGesturePictureHoldsTheSameOverlay() {
        Atlas atlas = ShippedAtlas.atlas();
        MapPainter painter = ShippedAtlas.painter();
        MapState state = MapState.of(atlas.content().view("circle").orElseThrow());
        Viewport viewport = Viewport.fitting(state.southWest().lon(), state.southWest().lat(),
                state.northEast().lon(), state.northEast().lat(), WIDTH, HEIGHT, 24);
        MapFrame frame = MapFrame.of(viewport, EnumSet.allOf(MapFrame.Part.class)).withBottomStrip(44);
        OverlayScene scene = new OverlayScene(atlas.content(), atlas.baseMap(), state.layers(), Language.EN,
                state.highlighted());
        MapPainter.FurnitureWords words = new MapPainter.FurnitureWords("N", "South China Sea");
        java.util.function.Function<ResolvedScene, List<MapCard>> cards = drawn -> List.of(
                new MapCard.Legend("legend", "Legend", Legend.compact(drawn), key -> key));
        OverlayPictures.Pictures pictures = new OverlayPictures(done -> { })
                .paint(new OverlayPictures.Request(1, painter, scene, viewport, frame, cards, false, words));

        // at rest: the overlay, the furniture and the cards painted one over the other, as they always were
        ResolvedScene resolved = painter.resolve(scene, viewport, frame, cards);
        BufferedImage expected = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = expected.createGraphics();
        painter.paintOverlay(g, resolved);
        painter.paintFurniture(g, frame, viewport, atlas.baseMap(), words);
        painter.paintCards(g, resolved);
        g.dispose();
        int margin = OverlayPictures.MARGIN;
        assertEquals(new javafx.geometry.Rectangle2D(margin, margin, WIDTH, HEIGHT), OverlayPictures.atRest(pictures));
        assertSamePixels(expected, 0, 0, pictures.overlay(), margin, margin, WIDTH, HEIGHT, "the overlay at rest");
        BufferedImage landAndSea = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D l = landAndSea.createGraphics();
        painter.paintLandAndSea(l, viewport, atlas.baseMap());
        l.dispose();
        assertSamePixels(landAndSea, 0, 0, pictures.underlay(), margin, margin, WIDTH, HEIGHT, "land and sea at rest");

        // the gesture's overlay: the same overlay (without furniture) inside the margin, shapes beyond it
        BufferedImage bare = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D b = bare.createGraphics();
        painter.paintOverlay(b, resolved);
        b.dispose();
        assertEquals(WIDTH + 2 * margin, (int) pictures.overlay().getWidth());
        onFxThread(() -> OverlayPictures.dress(pictures, false));
        assertSamePixels(bare, 0, 0, pictures.overlay(), margin, margin, WIDTH, HEIGHT, "inside the margin");
        assertTrue(painted(pictures.overlay(), 0, 0, WIDTH + 2 * margin, margin) > 0,
                "the overlay's shapes go on beyond the map's top edge");
        assertTrue(painted(pictures.underlay(), 0, 0, WIDTH + 2 * margin, margin) == (WIDTH + 2 * margin) * margin,
                "land and sea fill the margin");
        onFxThread(() -> OverlayPictures.dress(pictures, true));
        assertSamePixels(expected, 0, 0, pictures.overlay(), margin, margin, WIDTH, HEIGHT, "dressed again");

        // the furniture and the cards alone, every painted pixel of them inside a box, and nothing else
        List<Rectangle> boxes = pictures.furniture().stream().map(OverlayPictures.Piece::box).toList();
        assertFalse(boxes.isEmpty());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), "drawn twice where " + boxes + " overlap");
            }
        }
        BufferedImage alone = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D f = alone.createGraphics();
        painter.paintFurniture(f, frame, viewport, atlas.baseMap(), words);
        painter.paintCards(f, resolved);
        f.dispose();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int px = x;
                int py = y;
                if (alone.getRaster().getDataBuffer().getElem(y * WIDTH + x) != 0) {
                    assertTrue(boxes.stream().anyMatch(box -> box.contains(px, py)), "furniture outside its boxes at "
                            + x + "," + y);
                }
            }
        }
        for (OverlayPictures.Piece piece : pictures.furniture()) {
            Rectangle box = piece.box();
            assertSamePixels(alone, box.x, box.y, piece.image(), 0, 0, box.width, box.height, "the piece at " + box);
        }
        long boxed = boxes.stream().mapToLong(box -> (long) box.width * box.height).sum();
        assertFalse(boxed > WIDTH * HEIGHT / 4, "the furniture's boxes are small: " + boxed + " px");
    }

    @Test
    void aPaintTakesTheSheetsOfAPaintReleasedAndNeverThoseShown() {
        OverlayPictures.Request request = circleRequest(1);
        OverlayPictures painting = new OverlayPictures(done -> { });
        OverlayPictures.Pictures shown = painting.paint(request);
        OverlayPictures.Pictures next = painting.paint(request);
        assertNotSame(shown.sheets(), next.sheets(), "the sheets shown are not painted into");
        painting.release(shown);
        OverlayPictures.Pictures again = painting.paint(request);
        assertSame(shown.sheets(), again.sheets(), "the released sheets are painted into again");
        BufferedImage first = new BufferedImage(WIDTH + 2 * OverlayPictures.MARGIN, HEIGHT + 2 * OverlayPictures.MARGIN,
                BufferedImage.TYPE_INT_ARGB_PRE);
        int[] pixels = new int[first.getWidth() * first.getHeight()];
        next.overlay().getPixelReader().getPixels(0, 0, first.getWidth(), first.getHeight(),
                PixelFormat.getIntArgbPreInstance(), pixels, 0, first.getWidth());
        first.getRaster().setDataElements(0, 0, first.getWidth(), first.getHeight(), pixels);
        assertSamePixels(first, 0, 0, again.overlay(), 0, 0, first.getWidth(), first.getHeight(),
                "painted again into used sheets");
    }

    @Test
    void aThirdPaintWaitsForTheSheetsOfTheFirstRatherThanMakeNewOnes() throws Exception {
        BlockingQueue<OverlayPictures.Pictures> done = new LinkedBlockingQueue<>();
        OverlayPictures painting = new OverlayPictures(done::add);
        painting.request(circleRequest(1));
        OverlayPictures.Pictures first = done.take();
        painting.request(circleRequest(2));
        OverlayPictures.Pictures second = done.take();
        assertNotSame(first.sheets(), second.sheets());
        // both are out, neither released: the third paint can only go on with sheets given back
        painting.request(circleRequest(3));
        painting.release(first);
        assertSame(first.sheets(), done.take().sheets(), "the first paint's sheets, not a third set");
    }

    /** The circle view, every layer and all the furniture, as the map asks for it. */
    private static OverlayPictures.Request circleRequest(long generation) {
        Atlas atlas = ShippedAtlas.atlas();
        MapState state = MapState.of(atlas.content().view("circle").orElseThrow());
        Viewport viewport = Viewport.fitting(state.southWest().lon(), state.southWest().lat(),
                state.northEast().lon(), state.northEast().lat(), WIDTH, HEIGHT, 24);
        OverlayScene scene = new OverlayScene(atlas.content(), atlas.baseMap(), state.layers(), Language.EN,
                state.highlighted());
        return new OverlayPictures.Request(generation, ShippedAtlas.painter(), scene, viewport,
                MapFrame.of(viewport, EnumSet.allOf(MapFrame.Part.class)), drawn -> List.of(), false,
                new MapPainter.FurnitureWords("N", "South China Sea"));
    }

    private static void onFxThread(Runnable action) {
        try {
            FxToolkit.setupFixture(action);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** Compares premultiplied pixels, as they were painted and as the JavaFX image holds them. */
    private static void assertSamePixels(BufferedImage expected, int ex, int ey, WritableImage actual, int ax, int ay,
                                         int width, int height, String what) {
        int[] got = new int[width * height];
        actual.getPixelReader().getPixels(ax, ay, width, height, PixelFormat.getIntArgbPreInstance(), got, 0, width);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int want = expected.getRaster().getDataBuffer().getElem((ey + y) * expected.getWidth() + ex + x);
                if (want != got[y * width + x]) {
                    throw new AssertionError(what + ": pixel " + x + "," + y + " is "
                            + Integer.toHexString(got[y * width + x]) + ", painted " + Integer.toHexString(want));
                }
            }
        }
    }

    private static long painted(WritableImage image, int x0, int y0, int width, int height) {
        PixelReader reader = image.getPixelReader();
        long count = 0;
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                if (reader.getArgb(x, y) != 0) {
                    count++;
                }
            }
        }
        return count;
    }
}
