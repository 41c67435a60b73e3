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
 * Whether the painter draws a feature, read from the scene it resolved: a list that names what
 * changes on a map (the phase comparison) names only what a reader can find on it.
 */
public final class DrawnFeatures {

    private DrawnFeatures() {
    }

    /** Whether {@code ref} is drawn in the resolved scene and lies in its view. */
    public static boolean drawn(ResolvedScene resolved, FeatureRef ref) {
        OverlayScene scene = resolved.scene();
        Viewport viewport = resolved.viewport();
        WorldBounds visible = viewport.visibleWorld();
        return switch (ref.kind()) {
            case PLACE -> resolved.node(ref.id()).filter(n -> inView(visible, n.place().location())).isPresent();
            case CORRIDOR -> resolved.shows(MapLayerId.CORRIDORS) && scene.content().corridors().stream()
                    .filter(c -> c.id().equals(ref.id())).anyMatch(c -> crosses(visible, c));
            case UNIT -> resolved.shows(MapLayerId.CIRCLE) && scene.content().membership().unit(ref.id()).isPresent();
            case CLUSTER -> resolved.shows(MapLayerId.CLUSTERS)
                    && scene.content().clusters().stream().map(CityCluster::id).anyMatch(ref.id()::equals);
            case REGION -> resolved.shows(MapLayerId.HINTERLAND) && scene.content().regions().stream()
                    .filter(EconomicRegion::hinterland).map(EconomicRegion::id).anyMatch(ref.id()::equals);
            case FLOW -> FlowPainter.drawn(scene, viewport.zoom()).stream().anyMatch(f -> f.id().equals(ref.id()));
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
