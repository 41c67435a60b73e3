// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tiles;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import org.hinterlandatlas.geo.TileId;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.support.Golden;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/**
 * The pixels of base tiles, as a checksum a tile, against the list made from the painter before the tile
 * path was made faster: the benchmark's 133 tiles (zooms 5–8 over lon 97–112, lat 25–34) with every layer,
 * the same area with fewer layers, a coarser zoom of the whole country, HiDPI tiles, and the land and sea
 * the map lays under its tiles at fractional zooms. Any pixel that changes changes its tile's line.
 */
class TilePixelsTest {

    private final MapPainter painter = ShippedAtlas.painter();
    private final TileRenderer renderer = new TileRenderer(painter, ShippedAtlas.atlas().baseMap());

    @Test
    void tilesKeepEveryPixel() {
        StringBuilder lines = new StringBuilder();
        Set<MapLayerId> all = EnumSet.allOf(MapLayerId.class);
        Set<MapLayerId> fewer = EnumSet.of(MapLayerId.PROVINCES, MapLayerId.LAKES);
        for (int zoom = 5; zoom <= 8; zoom++) {
            for (TileId tile : TileId.covering(97, 25, 112, 34, zoom)) {
                lines.append(line(tile, "all", 1, renderer.render(tile, all, 1)));
                if ((tile.x() + tile.y()) % 3 == 0) {
                    lines.append(line(tile, "provinces+lakes", 1, renderer.render(tile, fewer, 1)));
                }
                if ((tile.x() + tile.y()) % 5 == 0) {
                    lines.append(line(tile, "all", 2, renderer.render(tile, all, 2)));
                }
            }
        }
        for (TileId tile : TileId.covering(73, 18, 135, 54, 4)) {
            lines.append(line(tile, "all", 1, renderer.render(tile, all, 1)));
        }
        double[][] views = {{104.5, 30.2, 5.7}, {106.6, 29.6, 7.35}, {110, 33, 8.1}, {104, 35, 3.9}};
        for (double[] view : views) {
            Viewport viewport = Viewport.centredOn(view[0], view[1], view[2], 700, 450);
            BufferedImage image = new BufferedImage(700, 450, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = image.createGraphics();
            painter.paintLandAndSea(g, viewport, ShippedAtlas.atlas().baseMap());
            g.dispose();
            lines.append(String.format(Locale.ROOT, "land and sea %.1f %.1f zoom %.2f %08x%n", view[0], view[1],
                    view[2], crc(image)));
        }
        Golden.of("tile-pixels", "checksums.txt").assertText(lines.toString());
    }

    private static String line(TileId tile, String layers, int scale, BufferedImage image) {
        return String.format(Locale.ROOT, "%d/%d/%d %s @%d %08x%n", tile.zoom(), tile.x(), tile.y(), layers, scale,
                crc(image));
    }

    private static long crc(BufferedImage image) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteBuffer bytes = ByteBuffer.allocate(pixels.length * Integer.BYTES);
        bytes.asIntBuffer().put(pixels);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
