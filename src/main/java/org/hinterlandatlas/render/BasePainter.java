// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WorldBounds;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.style.MapStyle;

/**
 * Paints the base map: sea, land, lakes, rivers, boundaries and the national outline, in that order, with
 * no labels (labels belong to the overlay, where one collision pass sees them all).
 */
final class BasePainter {

    /** River ranks drawn from these zooms on: the Yangtze class always, tributaries as the map zooms in. */
    private static final double[] RIVER_RANK_MIN_ZOOM = {0, 4, 6};

    private final MapStyle.Base style;

    BasePainter(MapStyle.Base style) {
        this.style = style;
    }

    void paint(Graphics2D g, Viewport viewport, BaseMapData data, Set<MapLayerId> layers) {
        ZoomBand band = viewport.band();
        double zoom = viewport.zoom();
        WorldBounds visible = visible(viewport);
        boolean insideChina = paintLandAndSea(g, viewport, data);
        if (shows(layers, MapLayerId.LAKES, zoom)) {
            fillAll(g, viewport, visible, data, band, BaseLayerId.LAKES, style.lake().fill());
            strokeAll(g, viewport, visible, data, band, BaseLayerId.LAKES,
                    new MapStyle.Line(style.lake().outline(), style.lake().width(), style.lake().dash()));
        }
        if (shows(layers, MapLayerId.RIVERS, zoom)) {
            paintRivers(g, viewport, visible, data, band);
        }
        if (shows(layers, MapLayerId.PREFECTURES, zoom)) {
            strokeAll(g, viewport, visible, data, band, BaseLayerId.PREFECTURE_LINES, style.prefectureLine());
        }
        if (shows(layers, MapLayerId.PROVINCES, zoom)) {
            strokeAll(g, viewport, visible, data, band, BaseLayerId.PROVINCE_LINES, style.provinceLine());
        }
        if (!insideChina) {
            strokeAll(g, viewport, visible, data, band, BaseLayerId.CHINA, style.nationalBorder());
        }
        strokeAll(g, viewport, visible, data, band, BaseLayerId.MARITIME, style.maritime());
    }

    /**
     * Only the sea and the land areas: what lies under everything else. Returns whether China's land covers
     * every pixel {@code g} can write, its border lying beyond them too (see {@link #landEverywhere}).
     */
    boolean paintLandAndSea(Graphics2D g, Viewport viewport, BaseMapData data) {
        WorldBounds visible = visible(viewport);
        List<Path2D.Float> china = paths(viewport, visible, data, viewport.band(), BaseLayerId.CHINA);
        Rectangle2D cut = ScreenPaths.cutRectangle(viewport, visible);
        if (landEverywhere(g, viewport, visible, china, cut)) {
            fillWithoutEdges(g, style.chinaLand(), cut);
            return true;
        }
        g.setColor(style.sea());
        g.fill(new Rectangle2D.Double(0, 0, viewport.width(), viewport.height()));
        fillAll(g, viewport, visible, data, viewport.band(), BaseLayerId.COUNTRIES, style.foreignLand());
        g.setColor(style.chinaLand());
        for (Path2D.Float path : china) {
            g.fill(path);
        }
        return false;
    }

    /**
     * Whether the map lies wholly inside China's land on a raster target: China's path is then the rectangle
     * its rings were cut to, which reaches beyond the surface by a margin wider than half the border's stroke,
     * and its opaque fill sets every pixel whatever is under it. The sea and the neighbours' land are then
     * not painted, and the border's stroke, all of it beyond the surface, is not drawn. The pixels are the
     * same either way; this saves the rasteriser three shapes a tile on most tiles of the circle.
     */
    private boolean landEverywhere(Graphics2D g, Viewport viewport, WorldBounds visible, List<Path2D.Float> china,
                                   Rectangle2D cut) {
        return china.size() == 1 && ScreenPaths.isCutRectangle(china.get(0), viewport, visible)
                && HiddenUnder.byFill(g, style.chinaLand(), cut, style.nationalBorder().width() / 2);
    }

    /**
     * Fills the rectangle without antialiasing: a pixel is set when its centre is inside, as each pixel the
     * caller checked to lie wholly inside is, with no coverage to compute.
     */
    private static void fillWithoutEdges(Graphics2D g, Color color, Rectangle2D rectangle) {
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(color);
        g.fill(rectangle);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
    }

    private static List<Path2D.Float> paths(Viewport viewport, WorldBounds visible, BaseMapData data, ZoomBand band,
                                            BaseLayerId layer) {
        List<Path2D.Float> paths = new ArrayList<>();
        for (MapFeature feature : data.features(band, layer)) {
            Path2D.Float path = ScreenPaths.of(feature.geometry(), viewport, visible);
            if (path != null) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static WorldBounds visible(Viewport viewport) {
        return viewport.visibleWorld().expand(8 / viewport.scale());
    }

    private static boolean shows(Set<MapLayerId> layers, MapLayerId layer, double zoom) {
        return layers.contains(layer) && layer.shownAt(zoom);
    }

    private void paintRivers(Graphics2D g, Viewport viewport, WorldBounds visible, BaseMapData data, ZoomBand band) {
        g.setColor(style.river());
        for (MapFeature river : data.features(band, BaseLayerId.RIVERS)) {
            int rank = rank(river);
            if (viewport.zoom() < RIVER_RANK_MIN_ZOOM[Math.min(rank, RIVER_RANK_MIN_ZOOM.length) - 1]) {
                continue;
            }
            Path2D.Float path = ScreenPaths.of(river.geometry(), viewport, visible);
            if (path != null) {
                g.setStroke(Strokes.of(style.riverWidth(rank), new float[0]));
                g.draw(path);
            }
        }
    }

    private static int rank(MapFeature river) {
        String rank = river.property("rank");
        return rank.length() == 1 && rank.charAt(0) >= '1' && rank.charAt(0) <= '9' ? rank.charAt(0) - '0' : 3;
    }

    private static void fillAll(Graphics2D g, Viewport viewport, WorldBounds visible, BaseMapData data,
                                ZoomBand band, BaseLayerId layer, Color color) {
        g.setColor(color);
        for (MapFeature feature : data.features(band, layer)) {
            Shape path = ScreenPaths.of(feature.geometry(), viewport, visible);
            if (path != null) {
                g.fill(path);
            }
        }
    }

    private static void strokeAll(Graphics2D g, Viewport viewport, WorldBounds visible, BaseMapData data,
                                  ZoomBand band, BaseLayerId layer, MapStyle.Line line) {
        g.setColor(line.color());
        g.setStroke(Strokes.of(line));
        for (MapFeature feature : data.features(band, layer)) {
            Shape path = ScreenPaths.of(feature.geometry(), viewport, visible);
            if (path != null) {
                g.draw(path);
            }
        }
    }
}
