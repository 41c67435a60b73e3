// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.geo.WorldBounds;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.CircleUnit;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.CorridorStatus;
import org.hinterlandatlas.model.EconomicRegion;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.Membership;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.style.MapStyle;

/**
 * Paints the thematic overlay — the hinterland surface, the city clusters, the circle's extent, the
 * corridors, the nodes — and then every label in one collision pass.
 */
final class OverlayPainter {

    private static final int PRIORITY_CLUSTER = 85;
    private static final int PRIORITY_PROVINCE = 15;
    private static final int PRIORITY_UNIT = 10;
    private static final double PROVINCE_LABELS_FROM = 4.5;
    private static final double UNIT_LABELS_FROM = 7.5;
    private static final double UNIT_TINT_FROM = 5;

    private final MapStyle.Overlay style;
    private final FontSet fonts;
    private final LabelPainter labelPainter = new LabelPainter();
    private final FlowPainter flows;

    OverlayPainter(MapStyle.Overlay style, FontSet fonts) {
        this.style = style;
        this.fonts = fonts;
        this.flows = new FlowPainter(style);
    }

    void paint(Graphics2D g, Viewport viewport, OverlayScene scene, double pixelScale, List<Rectangle2D> reserved) {
        double zoom = viewport.zoom();
        WorldBounds visible = viewport.visibleWorld().expand(16 * pixelScale / viewport.scale());
        Frame frame = new Frame(g, viewport, scene, visible, pixelScale, new ArrayList<>(),
                new LabelPlacer(viewport.width(), viewport.height(), style.labels().haloWidth() * pixelScale / 2));
        reserved.forEach(frame.placer()::reserve);
        if (scene.shows(MapLayerId.HINTERLAND, zoom)) {
            paintHinterland(frame);
        }
        if (scene.shows(MapLayerId.CLUSTERS, zoom)) {
            paintClusters(frame);
        }
        if (scene.shows(MapLayerId.CIRCLE, zoom)) {
            paintCircle(frame);
        }
        if (scene.shows(MapLayerId.CORRIDORS, zoom)) {
            paintCorridors(frame);
        }
        flows.paint(g, viewport, scene, pixelScale, frame.placer()::addObstacle);
        if (scene.shows(MapLayerId.NODES, zoom) || scene.shows(MapLayerId.HISTORY, zoom)) {
            paintNodes(frame);
        }
        requestAreaLabels(frame);
        labelPainter.paint(g, frame.placer.place(frame.labels), style.labels(), pixelScale);
    }

    /** The state of one painting pass. */
    private record Frame(Graphics2D g, Viewport viewport, OverlayScene scene, WorldBounds visible, double pixelScale,
                         List<LabelRequest> labels, LabelPlacer placer) {

        ZoomBand band() {
            return viewport.band();
        }

        Language language() {
            return scene.language();
        }
    }

    private void paintHinterland(Frame f) {
        for (EconomicRegion region : f.scene().content().regions()) {
            if (!region.hinterland()) {
                continue;
            }
            List<Shape> shapes = provinceShapes(f, region.provinceCodes());
            fill(f.g(), shapes, style.hinterland().fill());
            boolean highlighted = f.scene().isHighlighted(FeatureRef.Kind.REGION, region.id());
            if (highlighted) {
                stroke(f.g(), shapes, style.highlight(), f.pixelScale());
            }
        }
    }

    private void paintClusters(Frame f) {
        for (CityCluster cluster : f.scene().content().clusters()) {
            MapStyle.Area area = style.clusters().get(cluster.role());
            List<Shape> shapes = provinceShapes(f, cluster.provinceCodes());
            ClusterShading shading = f.scene().shading();
            if (shading == null) {
                fill(f.g(), shapes, area.fill());
            } else {
                shading.colour(cluster.id()).ifPresent(colour -> fill(f.g(), shapes, colour));
            }
            stroke(f.g(), shapes, new MapStyle.Line(area.outline(), area.width(), area.dash()), f.pixelScale());
            if (f.scene().isHighlighted(FeatureRef.Kind.CLUSTER, cluster.id())) {
                stroke(f.g(), shapes, style.highlight(), f.pixelScale());
            }
            f.scene().content().place(cluster.anchorPlaceId()).ifPresent(anchor -> {
                double x = f.viewport().screenX(WebMercator.worldX(anchor.location().lon()));
                double y = f.viewport().screenY(WebMercator.worldY(anchor.location().lat()));
                float size = style.labels().clusterFontSize();
                f.labels().add(new LabelRequest(List.of(cluster.name().get(f.language())),
                        List.of(font(size, true, f)), area.outline(), x, y,
                        style.nodes().get(Tier.CORE).radius() * f.pixelScale() + size * f.pixelScale(),
                        PRIORITY_CLUSTER));
            });
        }
    }

    /**
     * The circle's extent: one tint over the union of its members (one fill, not one per unit, keeps the
     * overlay fast), hatching over the partly included units, and the outline.
     */
    private void paintCircle(Frame f) {
        MapStyle.Circle circle = style.circle();
        boolean detailed = f.viewport().zoom() >= UNIT_TINT_FROM;
        List<Shape> outline = new ArrayList<>();
        for (MapFeature feature : f.scene().baseMap().features(f.band(), BaseLayerId.CIRCLE)) {
            Path2D.Float path = ScreenPaths.of(feature.geometry(), f.viewport(), f.visible());
            if (path != null) {
                outline.add(path);
            }
        }
        if (detailed) {
            fill(f.g(), outline, circle.fill());
        }
        Map<String, CircleUnit> units = new HashMap<>();
        f.scene().content().membership().units().forEach(u -> units.put(u.code(), u));
        for (MapFeature feature : f.scene().baseMap().features(f.band(), BaseLayerId.PREFECTURES)) {
            CircleUnit unit = units.get(feature.property("code"));
            boolean partial = detailed && unit != null && unit.membership() == Membership.PARTIAL;
            boolean highlighted = unit != null && f.scene().isHighlighted(FeatureRef.Kind.UNIT, unit.code());
            if (!partial && !highlighted) {
                continue;
            }
            Path2D.Float path = ScreenPaths.of(feature.geometry(), f.viewport(), f.visible());
            if (path == null) {
                continue;
            }
            if (partial) {
                Hatching.paint(f.g(), path, circle.hatch(), f.pixelScale());
            }
            if (highlighted) {
                stroke(f.g(), List.of(path), style.highlight(), f.pixelScale());
            }
        }
        stroke(f.g(), outline, new MapStyle.Line(circle.outline(), circle.width(), new float[0]), f.pixelScale());
    }

    private void paintCorridors(Frame f) {
        MapStyle.Corridors corridors = style.corridors();
        for (Corridor corridor : f.scene().content().corridors()) {
            Path2D.Double path = corridorPath(f.viewport(), corridor);
            MapStyle.Line line = corridors.byType().get(corridor.type());
            double ps = f.pixelScale();
            if (f.scene().isHighlighted(FeatureRef.Kind.CORRIDOR, corridor.id())) {
                f.g().setColor(style.highlight().color());
                f.g().setStroke(Strokes.of(line.width() + style.highlight().width(), new float[0], ps));
                f.g().draw(path);
            }
            f.g().setColor(corridors.casing());
            f.g().setStroke(Strokes.of(line.width() + 2, new float[0], ps));
            f.g().draw(path);
            f.g().setColor(line.color());
            f.g().setStroke(Strokes.of(line.width(), dash(corridor.status()), ps));
            f.g().draw(path);
        }
    }

    private float[] dash(CorridorStatus status) {
        return switch (status) {
            case OPERATING -> new float[0];
            case UNDER_CONSTRUCTION -> style.corridors().underConstructionDash();
            case PLANNED -> style.corridors().plannedDash();
        };
    }

    static Path2D.Double corridorPath(Viewport viewport, Corridor corridor) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < corridor.path().size(); i++) {
            double x = viewport.screenX(WebMercator.worldX(corridor.path().get(i).lon()));
            double y = viewport.screenY(WebMercator.worldY(corridor.path().get(i).lat()));
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        return path;
    }

    private void paintNodes(Frame f) {
        double zoom = f.viewport().zoom();
        List<Place> shown = new ArrayList<>();
        for (Place place : f.scene().content().places()) {
            if (NodeVisibility.shown(f.scene(), place, zoom)) {
                shown.add(place);
            }
        }
        // Lesser tiers first, so that the cores are drawn on top where symbols touch.
        shown.sort(Comparator.comparingInt((Place p) -> p.tier().ordinal()).reversed());
        for (Place place : shown) {
            MapStyle.Node node = nodeStyle(place);
            double ps = f.pixelScale();
            Point2D.Double at = NodePositions.screen(f.scene().content(), place, f.viewport(), ps);
            double x = at.x;
            double y = at.y;
            double radius = node.radius() * ps;
            if (f.scene().isHighlighted(FeatureRef.Kind.PLACE, place.id())) {
                f.g().setColor(style.highlight().color());
                f.g().fill(NodeSymbols.of(place, x, y, radius + style.highlight().width() * ps));
            }
            NodeSymbols.paint(f.g(), place.role(), place.tier(), node, x, y, ps);
            f.placer().addObstacle(x, y, radius + node.width() * ps);
            boolean bilingual = place.tier() == Tier.CORE || place.tier() == Tier.SECONDARY
                    || place.role() == PlaceRole.POLE || zoom >= 8;
            request(f, place.name(), node.bold(), node.fontSize(), node.labelColor(), x, y,
                    radius + node.width() * ps, NodeVisibility.labelPriority(place), bilingual);
        }
    }

    private MapStyle.Node nodeStyle(Place place) {
        return place.role() == PlaceRole.HISTORIC_SITE ? style.historicSite()
                : style.nodes().get(place.tier());
    }

    private void requestAreaLabels(Frame f) {
        double zoom = f.viewport().zoom();
        if (f.scene().layers().contains(MapLayerId.PROVINCES) && zoom >= PROVINCE_LABELS_FROM && zoom < UNIT_LABELS_FROM) {
            for (MapFeature province : f.scene().baseMap().features(f.band(), BaseLayerId.PROVINCES)) {
                areaLabel(f, province, PRIORITY_PROVINCE);
            }
        }
        if (f.scene().shows(MapLayerId.PREFECTURES, zoom) && zoom >= UNIT_LABELS_FROM) {
            for (MapFeature unit : f.scene().baseMap().features(f.band(), BaseLayerId.PREFECTURES)) {
                areaLabel(f, unit, PRIORITY_UNIT);
            }
        }
    }

    private void areaLabel(Frame f, MapFeature feature, int priority) {
        if (f.visible().contains(feature.labelX(), feature.labelY())) {
            request(f, feature.name(), false, style.labels().areaFontSize(), style.labels().areaColor(),
                    f.viewport().screenX(feature.labelX()), f.viewport().screenY(feature.labelY()), 0, priority);
        }
    }

    private void request(Frame f, Bilingual name, boolean bold, float size, Color color, double x, double y,
                         double clearance, int priority) {
        request(f, name, bold, size, color, x, y, clearance, priority, false);
    }

    /** Asks for a label in the chosen language, with the other language as a smaller second line if wanted. */
    private void request(Frame f, Bilingual name, boolean bold, float size, Color color, double x, double y,
                         double clearance, int priority, boolean bilingual) {
        Language other = f.language() == Language.ZH ? Language.EN : Language.ZH;
        Font first = font(size, bold, f);
        if (bilingual && !name.get(other).equals(name.get(f.language()))) {
            Font second = font(size * style.labels().secondLineScale(), false, f);
            f.labels().add(new LabelRequest(List.of(name.get(f.language()), name.get(other)), List.of(first, second),
                    color, x, y, clearance, priority));
        } else {
            f.labels().add(new LabelRequest(List.of(name.get(f.language())), List.of(first), color, x, y, clearance,
                    priority));
        }
    }

    private Font font(float size, boolean bold, Frame f) {
        return fonts.font((float) (size * f.pixelScale()), bold);
    }

    private List<Shape> provinceShapes(Frame f, List<String> codes) {
        List<Shape> shapes = new ArrayList<>();
        for (MapFeature province : f.scene().baseMap().features(f.band(), BaseLayerId.PROVINCES)) {
            if (codes.contains(province.property("code"))) {
                Path2D.Float path = ScreenPaths.of(province.geometry(), f.viewport(), f.visible());
                if (path != null) {
                    shapes.add(path);
                }
            }
        }
        return shapes;
    }

    private static void fill(Graphics2D g, List<Shape> shapes, Color color) {
        g.setColor(color);
        shapes.forEach(g::fill);
    }

    private static void stroke(Graphics2D g, List<Shape> shapes, MapStyle.Line line, double pixelScale) {
        g.setColor(line.color());
        g.setStroke(Strokes.of(line, pixelScale));
        shapes.forEach(g::draw);
    }
}
