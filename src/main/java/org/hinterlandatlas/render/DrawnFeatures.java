// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.geo.WorldBounds;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.EconomicRegion;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapLayerId;

/**
 * Whether the painter draws a feature in a viewport, by the same rules it paints by: a list that names what
 * changes on a map (the phase comparison) names only what a reader can find on it.
 */
public final class DrawnFeatures {

    private DrawnFeatures() {
    }

    public static boolean drawn(OverlayScene scene, Viewport viewport, FeatureRef ref) {
        double zoom = viewport.zoom();
        WorldBounds visible = viewport.visibleWorld();
        return switch (ref.kind()) {
            case PLACE -> scene.content().place(ref.id())
                    .filter(p -> NodeVisibility.shown(scene, p, zoom) && inView(visible, p.location())).isPresent();
            case CORRIDOR -> scene.shows(MapLayerId.CORRIDORS, zoom) && scene.content().corridors().stream()
                    .filter(c -> c.id().equals(ref.id())).anyMatch(c -> crosses(visible, c));
            case UNIT -> scene.shows(MapLayerId.CIRCLE, zoom) && scene.content().membership().unit(ref.id()).isPresent();
            case CLUSTER -> scene.shows(MapLayerId.CLUSTERS, zoom)
                    && scene.content().clusters().stream().map(CityCluster::id).anyMatch(ref.id()::equals);
            case REGION -> scene.shows(MapLayerId.HINTERLAND, zoom) && scene.content().regions().stream()
                    .filter(EconomicRegion::hinterland).map(EconomicRegion::id).anyMatch(ref.id()::equals);
            case FLOW -> FlowPainter.drawn(scene, zoom).stream().anyMatch(f -> f.id().equals(ref.id()));
        };
    }

    private static boolean inView(WorldBounds visible, GeoPoint point) {
        return visible.contains(WebMercator.worldX(point.lon()), WebMercator.worldY(point.lat()));
    }

    /** Whether any of the corridor's stops or segments' boxes lies in view. */
    private static boolean crosses(WorldBounds visible, Corridor corridor) {
        for (int i = 1; i < corridor.path().size(); i++) {
            GeoPoint a = corridor.path().get(i - 1);
            GeoPoint b = corridor.path().get(i);
            double ax = WebMercator.worldX(a.lon());
            double ay = WebMercator.worldY(a.lat());
            double bx = WebMercator.worldX(b.lon());
            double by = WebMercator.worldY(b.lat());
            if (new WorldBounds(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by))
                    .intersects(visible)) {
                return true;
            }
        }
        return false;
    }
}
