// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.style.MapStyle;

/**
 * The one painter of the atlas. Base tiles, the on-screen overlay and exported figures all call these
 * methods on some {@link Graphics2D}; only the viewport and the frame differ. Sizes are CSS pixels: a raster
 * page scales its graphics to its resolution before painting.
 */
public final class MapPainter {

    private final MapStyle style;
    private final FontSet fonts;
    private final BasePainter base;
    private final OverlayPainter overlay;
    private final FurniturePainter furniture;
    private final SouthChinaSeaInset inset;
    private final InkPainter ink;

    public MapPainter(MapStyle style, FontSet fonts) {
        this.style = style;
        this.fonts = fonts;
        this.base = new BasePainter(style.base());
        this.overlay = new OverlayPainter(style, fonts);
        this.furniture = new FurniturePainter(style.overlay().furniture(), fonts);
        this.inset = new SouthChinaSeaInset(base, style, fonts);
        this.ink = new InkPainter(fonts);
    }

    public MapStyle style() {
        return style;
    }

    /** The bundled fonts: figures set their titles in them, diagrams and timelines their text. */
    public FontSet fonts() {
        return fonts;
    }

    /** Paints the base layers (those of {@code layers} that are base layers) over the whole viewport. */
    public void paintBase(Graphics2D g, Viewport viewport, BaseMapData data, Set<MapLayerId> layers) {
        prepare(g);
        base.paint(g, viewport, data, layers);
    }

    /**
     * Paints only sea and land. The map puts this under its tiles, so that a tile still being painted, or
     * the hairline seam between two tiles scaled to a fractional zoom, shows the right colour.
     */
    public void paintLandAndSea(Graphics2D g, Viewport viewport, BaseMapData data) {
        prepare(g);
        base.paintLandAndSea(g, viewport, data);
    }

    /**
     * Resolves the overlay for a viewport in a frame: what is drawn, where, and where every label goes (none
     * in the frame's furniture or the areas it keeps clear). The painter, the hit tester and the legend all
     * read the result.
     */
    public ResolvedScene resolve(OverlayScene scene, Viewport viewport, MapFrame frame) {
        return overlay.resolve(scene, viewport, frame, resolved -> List.of());
    }

    /**
     * Resolves the overlay as {@link #resolve(OverlayScene, Viewport, MapFrame)} does, with cards on the map:
     * {@code cards} makes them from the scene's drawn places (a legend lists what is drawn), and each is put
     * in the corner where it hides the least before the labels keep clear of it.
     */
    public ResolvedScene resolve(OverlayScene scene, Viewport viewport, MapFrame frame,
                                 Function<ResolvedScene, List<MapCard>> cards) {
        return overlay.resolve(scene, viewport, frame, cards);
    }

    /** Paints a resolved overlay and its labels; the area outside shapes stays untouched. */
    public void paintOverlay(Graphics2D g, ResolvedScene resolved) {
        prepare(g);
        overlay.paint(g, resolved);
    }

    /** Paints the resolved scene's cards, over everything else on the map. */
    public void paintCards(Graphics2D g, ResolvedScene resolved) {
        prepare(g);
        overlay.paintCards(g, resolved);
    }

    /**
     * Paints a teacher's ink for the map in {@code viewport}: over the overlay and under the cards, so the
     * legend stays readable. Each annotation keeps its geographic place; widths and text sizes are a pen's.
     */
    public void paintInk(Graphics2D g, Viewport viewport, List<Annotation> annotations) {
        prepare(g);
        ink.paint(g, viewport, annotations);
    }

    /** The words of the furniture: the letter over the north arrow and the inset's caption. */
    public record FurnitureWords(String north, String insetCaption) {
    }

    /** Paints the frame's furniture for the map in {@code viewport}: the inset, the scale bar, the north arrow. */
    public void paintFurniture(Graphics2D g, MapFrame frame, Viewport viewport, BaseMapData data,
                               FurnitureWords words) {
        prepare(g);
        frame.inset().ifPresent(box -> inset.paint(g, data, box, words.insetCaption()));
        frame.scaleBar().ifPresent(box -> furniture.paintScaleBar(g, viewport, frame.scaleBarX(box),
                frame.scaleBarY(box)));
        frame.northArrow().ifPresent(box -> furniture.paintNorthArrow(g, box.getCenterX(), box.getY() + 36,
                words.north()));
    }

    /** Paints a scale bar for {@code viewport} with its left end at (x, y), as in a figure's side panel. */
    public void paintScaleBar(Graphics2D g, Viewport viewport, double x, double y) {
        prepare(g);
        furniture.paintScaleBar(g, viewport, x, y);
    }

    /** Paints a north arrow centred at (x, y), as in a figure's side panel. */
    public void paintNorthArrow(Graphics2D g, double x, double y, String letter) {
        prepare(g);
        furniture.paintNorthArrow(g, x, y, letter);
    }

    /** Pure stroke control keeps sub-pixel positions, so lines continue exactly across tile seams. */
    private static void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }
}
