// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.hinterlandatlas.figure.io.PngRowWriter;
import org.hinterlandatlas.geo.TileId;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/**
 * The tile benchmark encodes its tiles with the atlas's PNG writer, which writes red, green and blue: the
 * tiles are opaque, and what it writes decodes to every pixel painted.
 */
class TilePngTest {

    private final TileRenderer renderer = new TileRenderer(ShippedAtlas.painter(), ShippedAtlas.atlas().baseMap());

    @Test
    void theBenchmarksTilesDecodeToThePixelsPainted() throws IOException {
        Set<MapLayerId> all = EnumSet.allOf(MapLayerId.class);
        for (int zoom = 5; zoom <= 8; zoom++) {
            for (TileId tile : TileId.covering(97, 25, 112, 34, zoom)) {
                if (zoom == 8 && (tile.x() + tile.y()) % 4 != 0) {
                    continue;
                }
                BufferedImage painted = renderer.render(tile, all);
                int[] pixels = ((DataBufferInt) painted.getRaster().getDataBuffer()).getData();
                assertEquals(0, Arrays.stream(pixels).filter(pixel -> pixel >>> 24 != 0xff).count(),
                        tile + " is opaque");
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                try (PngRowWriter writer = new PngRowWriter(png, painted.getWidth(), painted.getHeight())) {
                    writer.rows(pixels, painted.getHeight());
                    writer.finish();
                }
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
                assertArrayEquals(painted.getRGB(0, 0, 256, 256, null, 0, 256),
                        decoded.getRGB(0, 0, 256, 256, null, 0, 256), tile.toString());
            }
        }
    }
}
