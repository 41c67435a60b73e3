// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.TileId;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/**
 * A map wholly inside China's land is filled once in the land's colour instead of painted sea, neighbours
 * and land over each other: only where that sets the very pixels the full painting sets.
 */
class LandEverywhereTest {

    private final BaseMapData data = ShippedAtlas.atlas().baseMap();
    private final BasePainter base = new BasePainter(ShippedAtlas.style().base());
    private final MapPainter painter = ShippedAtlas.painter();

    @Test
    void tilesInsideChinaAreFilledOnceWithTheSamePixels() {
        int inside = 0;
        int tiles = 0;
        for (int scale = 1; scale <= 2; scale++) {
            int factor = scale;
            for (TileId tile : TileId.covering(102, 28, 108, 32, 8)) {
                Viewport viewport = Viewport.ofTile(tile);
                boolean[] filledOnce = new boolean[1];
                image(256 * scale, g -> {
                    g.scale(factor, factor);
                    g.clipRect(0, 0, 256, 256);
                    filledOnce[0] = base.paintLandAndSea(g, viewport, data);
                });
                BufferedImage clipped = image(256 * scale, g -> {
                    g.scale(factor, factor);
                    g.clipRect(0, 0, 256, 256);
                    painter.paintBase(g, viewport, data, EnumSet.allOf(MapLayerId.class));
                });
                // with no clip the graphics tells no bounds, so sea, neighbours and land are all painted
                BufferedImage painted = image(256 * scale, g -> {
                    g.scale(factor, factor);
                    assertFalse(base.paintLandAndSea(g, viewport, data));
                    painter.paintBase(g, viewport, data, EnumSet.allOf(MapLayerId.class));
                });
                assertArrayEquals(pixels(painted), pixels(clipped), tile + " at " + scale + "x");
                inside += filledOnce[0] ? 1 : 0;
                tiles++;
            }
        }
        // a tile is filled once only when no islet, hole or border of China's outline is in it
        assertTrue(inside > tiles / 2, inside + " of " + tiles + " tiles filled once");
        assertTrue(inside < tiles, "a tile with an islet of the outline in it is painted whole");
    }

    @Test
    void aTileOnTheBorderIsPaintedWhole() {
        // west of Tengchong the border with Myanmar crosses this tile
        Viewport viewport = Viewport.ofTile(TileId.containing(98.0, 25.5, 8));
        BufferedImage tile = image(256, g -> {
            g.clipRect(0, 0, 256, 256);
            assertFalse(base.paintLandAndSea(g, viewport, data));
        });
        int foreign = ShippedAtlas.style().base().foreignLand().getRGB();
        assertTrue(java.util.Arrays.stream(pixels(tile)).anyMatch(pixel -> pixel == foreign),
                "the tile shows the neighbour's land");
    }

    @Test
    void vectorTargetsAndClipsNearTheCutKeepEveryShape() {
        Viewport viewport = Viewport.ofTile(TileId.containing(104.06, 30.66, 8));
        image(256, g -> {
            g.clipRect(0, 0, 256, 256);
            g.setRenderingHint(VectorTarget.KEY, Boolean.TRUE);
            assertFalse(base.paintLandAndSea(g, viewport, data), "a PDF or SVG keeps the sea and the land's path");
        });
        image(256, g -> {
            // the rings are cut 8 pixels outside the surface: a clip reaching 7.5 beyond it is too near the cut
            g.setClip(new java.awt.geom.Rectangle2D.Double(-7.5, -7.5, 271, 271));
            assertFalse(base.paintLandAndSea(g, viewport, data));
        });
        image(256, g -> {
            g.clipRect(0, 0, 256, 256);
            g.setComposite(java.awt.AlphaComposite.SrcOver.derive(0.5f));
            assertFalse(base.paintLandAndSea(g, viewport, data), "a translucent blend lets what is under show");
        });
    }

    private static BufferedImage image(int size, Consumer<Graphics2D> paint) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        try {
            paint.accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
