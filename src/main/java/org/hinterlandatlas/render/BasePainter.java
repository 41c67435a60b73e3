// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
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
        paintLandAndSea(g, viewport, data);
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
        strokeAll(g, viewport, visible, data, band, BaseLayerId.CHINA, style.nationalBorder());
        strokeAll(g, viewport, visible, data, band, BaseLayerId.MARITIME, style.maritime());
    }

    /** Only the sea and the land areas: what lies under everything else. */
    void paintLandAndSea(Graphics2D g, Viewport viewport, BaseMapData data) {
        WorldBounds visible = visible(viewport);
        g.setColor(style.sea());
        g.fill(new Rectangle2D.Double(0, 0, viewport.width(), viewport.height()));
        fillAll(g, viewport, visible, data, viewport.band(), BaseLayerId.COUNTRIES, style.foreignLand());
        fillAll(g, viewport, visible, data, viewport.band(), BaseLayerId.CHINA, style.chinaLand());
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
                                ZoomBand band, BaseLayerId layer, java.awt.Color color) {
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
