// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.TileId;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.style.MapStyle;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** Paints into images and checks the pixels where the data says something must be. */
class MapPainterTest {

    private final Atlas atlas = ShippedAtlas.atlas();
    private final MapStyle style = ShippedAtlas.style();
    private final MapPainter painter = ShippedAtlas.painter();

    @Test
    void aBaseTileShowsSeaLandAndChinaInTheirColours() {
        // Tile 3/6/3 holds the coast of eastern China and the East China Sea.
        BufferedImage tile = base(new TileId(3, 6, 3), EnumSet.allOf(MapLayerId.class));
        Viewport v = Viewport.ofTile(new TileId(3, 6, 3));
        assertEquals(style.base().chinaLand().getRGB(), pixelAt(tile, v, 104.06, 30.66), "Chengdu is on land");
        assertEquals(style.base().sea().getRGB(), pixelAt(tile, v, 125.0, 28.0), "the East China Sea is sea");
    }

    @Test
    void switchingRiversOffRemovesTheirPixels() {
        TileId tile = TileId.containing(106.55, 29.56, 8);
        BufferedImage with = base(tile, EnumSet.allOf(MapLayerId.class));
        BufferedImage without = base(tile, EnumSet.complementOf(EnumSet.of(MapLayerId.RIVERS)));
        int riverish = countNear(with, style.base().river()) - countNear(without, style.base().river());
        assertTrue(riverish > 50, "the Yangtze at Chongqing paints river pixels: " + riverish);
    }

    @Test
    void theOverlayDrawsTheCoreNodeAtItsPosition() {
        Viewport view = circleView();
        BufferedImage image = overlay(view, Set.of());
        Place chengdu = atlas.content().place("chengdu").orElseThrow();
        int x = (int) Math.round(view.screenX(WebMercator.worldX(chengdu.location().lon())));
        int y = (int) Math.round(view.screenY(WebMercator.worldY(chengdu.location().lat())));
        int ring = image.getRGB(x + 5, y);
        assertEquals(style.overlay().nodes().get(org.hinterlandatlas.model.Tier.CORE).fill().getRGB(), ring | 0xff000000,
                "the core's symbol is drawn around its centre");
    }

    @Test
    void aHighlightedFeatureChangesThePicture() {
        Viewport view = circleView();
        BufferedImage plain = overlay(view, Set.of());
        BufferedImage highlighted = overlay(view, Set.of(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu")));
        assertTrue(countNear(highlighted, style.overlay().highlight().color()) > countNear(plain,
                style.overlay().highlight().color()) + 20);
    }

    @Test
    void paintingIsDeterministic() {
        Viewport view = circleView();
        BufferedImage first = overlay(view, Set.of());
        BufferedImage second = overlay(view, Set.of());
        for (int y = 0; y < first.getHeight(); y += 7) {
            for (int x = 0; x < first.getWidth(); x += 7) {
                assertEquals(first.getRGB(x, y), second.getRGB(x, y));
            }
        }
    }

    @Test
    void overlayLanguageChangesTheLabels() {
        Viewport view = circleView();
        BufferedImage zh = overlay(view, Set.of(), Language.ZH);
        BufferedImage en = overlay(view, Set.of(), Language.EN);
        int differing = 0;
        for (int y = 0; y < zh.getHeight(); y += 3) {
            for (int x = 0; x < zh.getWidth(); x += 3) {
                differing += zh.getRGB(x, y) != en.getRGB(x, y) ? 1 : 0;
            }
        }
        assertNotEquals(0, differing);
    }

    static Viewport circleView() {
        return Viewport.fitting(101.9, 27.6, 110.3, 32.9, 1000, 700, 24);
    }

    private BufferedImage base(TileId tile, Set<MapLayerId> layers) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        painter.paintBase(g, Viewport.ofTile(tile), atlas.baseMap(), layers);
        g.dispose();
        return image;
    }

    private BufferedImage overlay(Viewport view, Set<FeatureRef> highlighted) {
        return overlay(view, highlighted, Language.ZH);
    }

    private BufferedImage overlay(Viewport view, Set<FeatureRef> highlighted, Language language) {
        BufferedImage image = new BufferedImage((int) view.width(), (int) view.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        painter.paintOverlay(g, painter.resolve(new OverlayScene(atlas.content(), atlas.baseMap(),
                EnumSet.allOf(MapLayerId.class), language, highlighted), view, MapFrame.of(view, Set.of())));
        g.dispose();
        return image;
    }

    private static int pixelAt(BufferedImage image, Viewport v, double lon, double lat) {
        int x = (int) v.screenX(WebMercator.worldX(lon));
        int y = (int) v.screenY(WebMercator.worldY(lat));
        return image.getRGB(x, y);
    }

    private static int countNear(BufferedImage image, Color color) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y), true);
                if (c.getAlpha() > 200 && Math.abs(c.getRed() - color.getRed()) < 12
                        && Math.abs(c.getGreen() - color.getGreen()) < 12 && Math.abs(c.getBlue() - color.getBlue()) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
