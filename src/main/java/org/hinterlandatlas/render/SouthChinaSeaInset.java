// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.Set;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.geo.WorldBounds;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.style.MapStyle;

/**
 * The inset of the South China Sea islands that Chinese national maps carry in a corner, so that the whole
 * national territory is shown while the main map stays large. Painted by the base painter at its own scale.
 */
final class SouthChinaSeaInset {

    /** The area of the inset: the islands and the dashed line down to about 3°N. */
    private static final double WEST = 105.5;
    private static final double SOUTH = 2.5;
    private static final double EAST = 123.0;
    private static final double NORTH = 24.0;
    /** Above this zoom the view is regional and needs no inset. */
    private static final double MAX_ZOOM = 5.5;

    private final BasePainter base;
    private final MapStyle style;
    private final FontSet fonts;

    SouthChinaSeaInset(BasePainter base, MapStyle style, FontSet fonts) {
        this.base = base;
        this.style = style;
        this.fonts = fonts;
    }

    static boolean neededFor(Viewport viewport) {
        WorldBounds visible = viewport.visibleWorld();
        boolean islandsInView = visible.contains(WebMercator.worldX(WEST), WebMercator.worldY(SOUTH))
                && visible.contains(WebMercator.worldX(EAST), WebMercator.worldY(NORTH));
        return viewport.zoom() < MAX_ZOOM && !islandsInView;
    }

    void paint(Graphics2D g, BaseMapData data, Rectangle2D box, String caption) {
        Viewport inset = Viewport.fitting(WEST, SOUTH, EAST, NORTH, box.getWidth(), box.getHeight(), 0);
        AffineTransform transform = g.getTransform();
        Shape clip = g.getClip();
        g.clip(box);
        g.translate(box.getX(), box.getY());
        base.paint(g, inset, data, Set.of(MapLayerId.PROVINCES));
        g.setTransform(transform);
        g.setClip(clip);
        g.setColor(style.base().nationalBorder().color());
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        Font font = fonts.font((float) (style.overlay().furniture().fontSize()), false);
        double width = font.getStringBounds(caption, LabelPlacer.MEASURE).getWidth();
        g.setFont(font);
        g.setColor(style.overlay().furniture().color());
        g.drawString(caption, (float) (box.getMaxX() - width - 4), (float) (box.getMaxY() - 5));
    }
}
