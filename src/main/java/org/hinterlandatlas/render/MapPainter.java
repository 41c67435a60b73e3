// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.style.MapStyle;

/**
 * The one painter of the atlas. Base tiles, the on-screen overlay and (later) exported figures all call
 * these methods on some {@link Graphics2D}; only the viewport and the pixel scale differ.
 *
 * <p>{@code pixelScale} converts the style's CSS pixels into surface pixels: 1 on screen and in tiles,
 * dpi / 96 on a raster page.
 */
public final class MapPainter {

    private final MapStyle style;
    private final FontSet fonts;
    private final BasePainter base;
    private final OverlayPainter overlay;
    private final FurniturePainter furniture;
    private final SouthChinaSeaInset inset;

    public MapPainter(MapStyle style, FontSet fonts) {
        this.style = style;
        this.fonts = fonts;
        this.base = new BasePainter(style.base());
        this.overlay = new OverlayPainter(style.overlay(), fonts);
        this.furniture = new FurniturePainter(style.overlay().furniture(), fonts);
        this.inset = new SouthChinaSeaInset(base, style, fonts);
    }

    public MapStyle style() {
        return style;
    }

    /** The bundled fonts: figures set their titles in them, diagrams and timelines their text. */
    public FontSet fonts() {
        return fonts;
    }

    /** Paints the base layers (those of {@code layers} that are base layers) over the whole viewport. */
    public void paintBase(Graphics2D g, Viewport viewport, BaseMapData data, Set<MapLayerId> layers, double pixelScale) {
        prepare(g);
        base.paint(g, viewport, data, layers, pixelScale);
    }

    /**
     * Paints only sea and land. The map puts this under its tiles, so that a tile still being painted, or
     * the hairline seam between two tiles scaled to a fractional zoom, shows the right colour.
     */
    public void paintLandAndSea(Graphics2D g, Viewport viewport, BaseMapData data, double pixelScale) {
        prepare(g);
        base.paintLandAndSea(g, viewport, data, pixelScale);
    }

    /**
     * Paints the thematic overlay and all labels; the area outside shapes stays untouched. No label is put
     * in the {@code reserved} rectangles, where the caller draws furniture (scale bar, inset, credits).
     */
    public void paintOverlay(Graphics2D g, Viewport viewport, OverlayScene scene, double pixelScale,
                             List<Rectangle2D> reserved) {
        prepare(g);
        overlay.paint(g, viewport, scene, pixelScale, reserved);
    }

    /**
     * Whether a view of China needs the South China Sea inset: at national scale, when the islands and
     * the dashed line lie outside the view.
     */
    public static boolean needsSouthChinaSeaInset(Viewport viewport) {
        return SouthChinaSeaInset.neededFor(viewport);
    }

    /** Paints the South China Sea inset into {@code box} with the base painter at the inset's own scale. */
    public void paintSouthChinaSeaInset(Graphics2D g, BaseMapData data, Rectangle2D box, String caption,
                                        double pixelScale) {
        prepare(g);
        inset.paint(g, data, box, caption, pixelScale);
    }

    public void paintScaleBar(Graphics2D g, Viewport viewport, double x, double y, double pixelScale) {
        prepare(g);
        furniture.paintScaleBar(g, viewport, x, y, pixelScale);
    }

    public void paintNorthArrow(Graphics2D g, double x, double y, String letter, double pixelScale) {
        prepare(g);
        furniture.paintNorthArrow(g, x, y, letter, pixelScale);
    }

    /** Pure stroke control keeps sub-pixel positions, so lines continue exactly across tile seams. */
    private static void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }
}
