// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.Optional;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.EconomicRegion;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;
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

    public Optional<FeatureRef> hit(OverlayScene scene, Viewport viewport, double x, double y) {
        double zoom = viewport.zoom();
        if (scene.shows(MapLayerId.NODES, zoom) || scene.shows(MapLayerId.HISTORY, zoom)) {
            Optional<FeatureRef> node = hitNode(scene, viewport, x, y);
            if (node.isPresent()) {
                return node;
            }
        }
        Optional<FeatureRef> flow = flows.hit(scene, viewport, x, y);
        if (flow.isPresent()) {
            return flow;
        }
        if (scene.shows(MapLayerId.CORRIDORS, zoom)) {
            for (Corridor corridor : scene.content().corridors()) {
                if (nearLine(viewport, corridor, x, y)) {
                    return Optional.of(new FeatureRef(FeatureRef.Kind.CORRIDOR, corridor.id()));
                }
            }
        }
        double wx = viewport.worldX(x);
        double wy = viewport.worldY(y);
        if (scene.shows(MapLayerId.CIRCLE, zoom)) {
            for (MapFeature unit : scene.baseMap().features(viewport.band(), BaseLayerId.PREFECTURES)) {
                if (unit.geometry().contains(wx, wy)) {
                    return Optional.of(new FeatureRef(FeatureRef.Kind.UNIT, unit.property("code")));
                }
            }
        }
        String province = provinceAt(scene, viewport, wx, wy);
        if (province != null && scene.shows(MapLayerId.CLUSTERS, zoom)) {
            for (CityCluster cluster : scene.content().clusters()) {
                if (cluster.provinceCodes().contains(province)) {
                    return Optional.of(new FeatureRef(FeatureRef.Kind.CLUSTER, cluster.id()));
                }
            }
        }
        if (province != null && scene.shows(MapLayerId.HINTERLAND, zoom)) {
            for (EconomicRegion region : scene.content().regions()) {
                if (region.hinterland() && region.provinceCodes().contains(province)) {
                    return Optional.of(new FeatureRef(FeatureRef.Kind.REGION, region.id()));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<FeatureRef> hitNode(OverlayScene scene, Viewport viewport, double x, double y) {
        Place best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Place place : scene.content().places()) {
            if (!NodeVisibility.shown(scene, place, viewport.zoom())) {
                continue;
            }
            Point2D.Double at = NodePositions.screen(scene.content(), place, viewport, 1);
            boolean site = place.role() == PlaceRole.HISTORIC_SITE;
            double reach = (site ? style.historicSite() : style.nodes().get(place.tier())).radius() + TOLERANCE;
            double distance = Math.hypot(at.x - x, at.y - y);
            if (distance <= reach && (best == null || distance < bestDistance)) {
                best = place;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(p -> new FeatureRef(FeatureRef.Kind.PLACE, p.id()));
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
