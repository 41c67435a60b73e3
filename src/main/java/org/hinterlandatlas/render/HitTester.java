// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.geom.Line2D;
import java.util.Optional;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.ClusterExtent;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.EconomicRegion;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.style.MapStyle;

/**
 * Answers "what is under the pointer?" from the model in screen coordinates, in the order a reader sees
 * things: a node's symbol, then a corridor, then the circle unit, cluster or region below. Only what the
 * painter draws at this zoom can be hit.
 */
public final class HitTester {

    /** Pointer tolerance around symbols and lines, in pixels. */
    private static final double TOLERANCE = 4;

    private final MapStyle.Overlay style;
    private final FlowPainter flows;

    public HitTester(MapStyle style) {
        this.style = style.overlay();
        this.flows = new FlowPainter(this.style);
    }

    public Optional<FeatureRef> hit(ResolvedScene resolved, double x, double y) {
        OverlayScene scene = resolved.scene();
        Viewport viewport = resolved.viewport();
        Optional<FeatureRef> node = hitNode(resolved, x, y);
        if (node.isPresent()) {
            return node;
        }
        Optional<FeatureRef> flow = flows.hit(scene, viewport, x, y);
        if (flow.isPresent()) {
            return flow;
        }
        if (resolved.shows(MapLayerId.CORRIDORS)) {
            for (Corridor corridor : scene.content().corridors()) {
                if (nearLine(viewport, corridor, x, y)) {
                    return Optional.of(new FeatureRef(FeatureRef.Kind.CORRIDOR, corridor.id()));
                }
            }
        }
        double wx = viewport.worldX(x);
        double wy = viewport.worldY(y);
        if (resolved.shows(MapLayerId.CIRCLE)) {
            for (MapFeature unit : scene.baseMap().features(viewport.band(), BaseLayerId.PREFECTURES)) {
                if (unit.geometry().contains(wx, wy)) {
                    return Optional.of(new FeatureRef(FeatureRef.Kind.UNIT, unit.property("code")));
                }
            }
        }
        String province = provinceAt(scene, viewport, wx, wy);
        if (province != null && resolved.shows(MapLayerId.CLUSTERS)) {
            for (CityCluster cluster : scene.content().clusters()) {
                boolean inside = cluster.extent() == ClusterExtent.CIRCLE
                        ? inCircle(scene, viewport, wx, wy) : cluster.provinceCodes().contains(province);
                if (inside) {
                    return Optional.of(new FeatureRef(FeatureRef.Kind.CLUSTER, cluster.id()));
                }
            }
        }
        if (province != null && resolved.shows(MapLayerId.HINTERLAND)) {
            for (EconomicRegion region : scene.content().regions()) {
                if (region.hinterland() && region.provinceCodes().contains(province)) {
                    return Optional.of(new FeatureRef(FeatureRef.Kind.REGION, region.id()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean inCircle(OverlayScene scene, Viewport viewport, double wx, double wy) {
        for (MapFeature part : scene.baseMap().features(viewport.band(), BaseLayerId.CIRCLE)) {
            if (part.geometry().contains(wx, wy)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest drawn symbol within its radius and the tolerance; the resolved scene knows what is drawn. */
    private static Optional<FeatureRef> hitNode(ResolvedScene resolved, double x, double y) {
        ShownNode best = null;
        double bestDistance = Double.MAX_VALUE;
        for (ShownNode node : resolved.nodes()) {
            double distance = Math.hypot(node.x() - x, node.y() - y);
            if (distance <= node.radius() + TOLERANCE && (best == null || distance < bestDistance)) {
                best = node;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(n -> new FeatureRef(FeatureRef.Kind.PLACE, n.place().id()));
    }

    private boolean nearLine(Viewport viewport, Corridor corridor, double x, double y) {
        double reach = style.corridors().byType().get(corridor.type()).width() / 2 + TOLERANCE;
        for (int i = 1; i < corridor.path().size(); i++) {
            double x1 = viewport.screenX(WebMercator.worldX(corridor.path().get(i - 1).lon()));
            double y1 = viewport.screenY(WebMercator.worldY(corridor.path().get(i - 1).lat()));
            double x2 = viewport.screenX(WebMercator.worldX(corridor.path().get(i).lon()));
            double y2 = viewport.screenY(WebMercator.worldY(corridor.path().get(i).lat()));
            if (Line2D.ptSegDist(x1, y1, x2, y2, x, y) <= reach) {
                return true;
            }
        }
        return false;
    }

    private static String provinceAt(OverlayScene scene, Viewport viewport, double wx, double wy) {
        for (MapFeature province : scene.baseMap().features(viewport.band(), BaseLayerId.PROVINCES)) {
            if (province.geometry().contains(wx, wy)) {
                return province.property("code");
            }
        }
        return null;
    }
}
