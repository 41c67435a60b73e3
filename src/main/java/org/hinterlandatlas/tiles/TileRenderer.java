// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tiles;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Set;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.TileId;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.render.MapPainter;

/** Paints one base-map tile with the map painter. Safe to call from several threads at once. */
public final class TileRenderer {

    private final MapPainter painter;
    private final BaseMapData data;

    public TileRenderer(MapPainter painter, BaseMapData data) {
        this.painter = painter;
        this.data = data;
    }

    public MapPainter painter() {
        return painter;
    }

    /**
     * A 256 × 256 premultiplied ARGB image: the format JavaFX's pixel writer takes without conversion.
     */
    public BufferedImage render(TileId tile, Set<MapLayerId> layers) {
        return render(tile, layers, 1);
    }

    /**
     * The tile at an output scale: 512 × 512 pixels at 2, for a HiDPI screen, which the map shows in the same
     * 256 × 256 of its own units, so lines and coasts stay sharp.
     */
    public BufferedImage render(TileId tile, Set<MapLayerId> layers, double outputScale) {
        int size = (int) Math.round(WebMercator.TILE_SIZE * outputScale);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            // the clip tells the painter the surface's bounds: a tile wholly inside China's land is then
            // filled once rather than painted sea, neighbours and land over each other (same pixels)
            g.clipRect(0, 0, size, size);
            g.scale(outputScale, outputScale);
            painter.paintBase(g, Viewport.ofTile(tile), data, layers);
        } finally {
            g.dispose();
        }
        return image;
    }
}
