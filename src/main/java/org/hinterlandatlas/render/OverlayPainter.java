// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.geo.WorldBounds;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.CircleUnit;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.ClusterExtent;
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
 * Resolves the thematic overlay for a viewport and frame — which places are drawn where, and every label in
 * one collision pass — and paints it: the hinterland surface, the city clusters, the circle's extent, the
 * corridors, the nodes, then the labels.
 */
final class OverlayPainter {

    /** The endings of a unit's name that its seat's name lacks: 市, 区, 县; City, District, County. */
    private static final Pattern UNIT_SUFFIX = Pattern.compile("(市|区|县| City| District| County)$");

    /** How far, in ems of a core's name, minor nodes around an unlabelled essential node give way to it. */
    private static final double CROWDING_REACH_EM = 4;

    private final MapStyle.Overlay style;
    private final FontSet fonts;
    private final NodeRules rules;
    private final LabelPainter labelPainter = new LabelPainter();
    private final CardPainter cardPainter;
    private final CardPlacer cardPlacer;
    private final FlowPainter flows;

    OverlayPainter(MapStyle mapStyle, FontSet fonts) {
        this.style = mapStyle.overlay();
        this.fonts = fonts;
        this.rules = new NodeRules(style.visibility());
        this.cardPainter = new CardPainter(mapStyle, fonts);
        this.cardPlacer = new CardPlacer(cardPainter);
        this.flows = new FlowPainter(style);
    }

    /** The state of one resolving pass. */
    private record Pass(Viewport viewport, OverlayScene scene, WorldBounds visible, List<LabelRequest> labels) {

        ZoomBand band() {
            return viewport.band();
        }

        Language language() {
            return scene.language();
        }

        double zoom() {
            return viewport.zoom();
        }
    }

    /**
     * Resolves the scene: first the places drawn, then the cards (which may list them) put where they hide
     * the least, then every label, clear of the frame's furniture and the cards.
     */
    ResolvedScene resolve(OverlayScene scene, Viewport viewport, MapFrame frame,
                          Function<ResolvedScene, List<MapCard>> cards) {
        Pass pass = new Pass(viewport, scene, visibleArea(viewport), new ArrayList<>());
        List<ShownNode> nodes = scene.shows(MapLayerId.NODES, pass.zoom()) || scene.shows(MapLayerId.HISTORY, pass.zoom())
                ? nodes(pass) : List.of();
        boolean circleDetail = viewport.zoom() >= style.visibility().circleDetailFrom();
        List<MapCard> wanted = cards.apply(new ResolvedScene(scene, viewport, frame, nodes, circleDetail, List.of(),
                List.of()));
        ResolvedScene best = bestLabelled(scene, viewport, frame, nodes, circleDetail, wanted);
        // lower tiers give way to a core's or a secondary node's name: the minor dots that crowd an unlabelled
        // essential node are left out (never the highlighted ones, which a step is about), and the scene is
        // labelled again
        List<ShownNode> crowded = crowding(best);
        if (!crowded.isEmpty()) {
            List<ShownNode> fewer = nodes.stream().filter(n -> !crowded.contains(n)).toList();
            ResolvedScene decluttered = bestLabelled(scene, viewport, frame, fewer, circleDetail, wanted);
            if (essentialLabels(decluttered) > essentialLabels(best)) {
                best = decluttered;
            }
        }
        // the cards are a convenience: where no place for them leaves every main name room, the map goes
        // without them (the legend and the details stay in the map tools)
        if (!wanted.isEmpty() && essentialLabels(best) < essentialInView(best)) {
            ResolvedScene bare = bestLabelled(scene, viewport, frame, nodes, circleDetail, List.of());
            if (essentialLabels(bare) > essentialLabels(best)) {
                best = bare;
            }
        }
        return best;
    }

    /** The cards tried in each corner in turn; the labelling that names the most essential nodes. */
    private ResolvedScene bestLabelled(OverlayScene scene, Viewport viewport, MapFrame frame, List<ShownNode> nodes,
                                       boolean circleDetail, List<MapCard> wanted) {
        ResolvedScene best = null;
        for (int attempt = 0; attempt < (wanted.isEmpty() ? 1 : CardPlacer.CORNERS); attempt++) {
            List<PlacedCard> placedCards = cardPlacer.place(wanted, frame, nodes, attempt);
            if (placedCards == null) {
                break;
            }
            ResolvedScene resolved = labelled(scene, viewport, frame, nodes, circleDetail, placedCards);
            if (best == null || essentialLabels(resolved) > essentialLabels(best)) {
                best = resolved;
            }
            if (essentialLabels(best) == essentialInView(best)) {
                break;
            }
        }
        return best;
    }

    /**
     * The minor nodes (neither essential nor highlighted) within a label's reach of an essential node that is in
     * view but was left unlabelled.
     */
    private List<ShownNode> crowding(ResolvedScene resolved) {
        double reach = CROWDING_REACH_EM * style.nodes().get(Tier.CORE).fontSize();
        List<ShownNode> unlabelled = resolved.nodes().stream().filter(n -> n.essential() && inView(resolved, n)
                && resolved.label("place:" + n.place().id()).isEmpty()).toList();
        return resolved.nodes().stream().filter(n -> !n.essential() && !n.highlighted())
                .filter(n -> unlabelled.stream().anyMatch(e -> Math.hypot(e.x() - n.x(), e.y() - n.y()) <= reach))
                .toList();
    }

    private static boolean inView(ResolvedScene resolved, ShownNode n) {
        Viewport v = resolved.viewport();
        return n.x() >= 0 && n.y() >= 0 && n.x() <= v.width() && n.y() <= v.height();
    }

    /** The essential nodes labelled. */
    private static long essentialLabels(ResolvedScene resolved) {
        return resolved.nodes().stream().filter(n -> n.essential() && resolved.label("place:" + n.place().id())
                .isPresent()).count();
    }

    /** The essential nodes inside the map. */
    private static long essentialInView(ResolvedScene resolved) {
        Viewport v = resolved.viewport();
        return resolved.nodes().stream().filter(n -> n.essential() && inView(resolved, n)).count();
    }

    /** Places every label of the scene in a frame that keeps clear of the placed cards. */
    private ResolvedScene labelled(OverlayScene scene, Viewport viewport, MapFrame base, List<ShownNode> nodes,
                                   boolean circleDetail, List<PlacedCard> placedCards) {
        Pass pass = new Pass(viewport, scene, visibleArea(viewport), new ArrayList<>());
        MapFrame frame = base;
        for (PlacedCard card : placedCards) {
            frame = frame.keepingClear(card.box());
        }
        LabelPlacer placer = new LabelPlacer(viewport.width(), viewport.height(), new LabelPlacer.Rules(
                style.labels().haloWidth() / 2, style.labels().gap(), style.labels().gapPerRadius(),
                style.labels().shrink()));
        frame.reserved().forEach(placer::reserve);
        flows.reserve(viewport, scene, placer::addObstacle);
        for (ShownNode node : nodes) {
            placer.addObstacle(node.x(), node.y(), node.extent());
            requestNodeLabel(pass, node);
        }
        if (scene.shows(MapLayerId.CLUSTERS, pass.zoom())) {
            requestClusterLabels(pass, nodes);
        }
        requestAreaLabels(pass, nodes);
        return new ResolvedScene(scene, viewport, frame, nodes, circleDetail, placer.place(pass.labels()), placedCards);
    }

    private static WorldBounds visibleArea(Viewport viewport) {
        return viewport.visibleWorld().expand(16 / viewport.scale());
    }

    void paint(Graphics2D g, ResolvedScene resolved) {
        Pass pass = new Pass(resolved.viewport(), resolved.scene(), visibleArea(resolved.viewport()), List.of());
        if (resolved.shows(MapLayerId.HINTERLAND)) {
            paintHinterland(g, pass);
        }
        if (resolved.shows(MapLayerId.CLUSTERS)) {
            paintClusters(g, pass);
        }
        if (resolved.shows(MapLayerId.CIRCLE)) {
            paintCircle(g, pass, resolved.circleDetail());
        }
        if (resolved.shows(MapLayerId.CORRIDORS)) {
            paintCorridors(g, pass);
        }
        flows.paint(g, resolved.viewport(), resolved.scene());
        for (ShownNode node : resolved.nodes()) {
            if (node.highlighted()) {
                g.setColor(style.highlight().color());
                g.fill(NodeSymbols.of(node.place(), node.x(), node.y(), node.radius() + style.highlight().width()));
            }
            NodeSymbols.paint(g, node.place().role(), node.place().tier(), node.style(), node.x(), node.y(), 1);
        }
        labelPainter.paint(g, resolved.labels(), style.labels());
    }

    void paintCards(Graphics2D g, ResolvedScene resolved) {
        resolved.cards().forEach(card -> cardPainter.paint(g, card));
    }

    private void paintHinterland(Graphics2D g, Pass f) {
        for (EconomicRegion region : f.scene().content().regions()) {
            if (!region.hinterland()) {
                continue;
            }
            List<Shape> shapes = provinceShapes(f, region.provinceCodes());
            fill(g, shapes, style.hinterland().fill());
            if (f.scene().isHighlighted(FeatureRef.Kind.REGION, region.id())) {
                stroke(g, shapes, style.highlight());
            }
        }
    }

    private void paintClusters(Graphics2D g, Pass f) {
        for (CityCluster cluster : f.scene().content().clusters()) {
            MapStyle.Area area = style.clusters().get(cluster.role());
            List<Shape> shapes = clusterShapes(f, cluster);
            ClusterShading shading = f.scene().shading();
            if (shading == null) {
                fill(g, shapes, area.fill());
            } else {
                shading.colour(cluster.id()).ifPresent(colour -> fill(g, shapes, colour));
            }
            stroke(g, shapes, new MapStyle.Line(area.outline(), area.width(), area.dash()));
            if (f.scene().isHighlighted(FeatureRef.Kind.CLUSTER, cluster.id())) {
                stroke(g, shapes, style.highlight());
            }
        }
    }

    /**
     * The circle's extent: one tint over the union of its members (one fill, not one per unit, keeps the
     * overlay fast), hatching over the partly included units, and the outline.
     */
    private void paintCircle(Graphics2D g, Pass f, boolean detailed) {
        MapStyle.Circle circle = style.circle();
        List<Shape> outline = new ArrayList<>();
        for (MapFeature feature : f.scene().baseMap().features(f.band(), BaseLayerId.CIRCLE)) {
            Path2D.Float path = ScreenPaths.of(feature.geometry(), f.viewport(), f.visible());
            if (path != null) {
                outline.add(path);
            }
        }
        if (detailed) {
            fill(g, outline, circle.fill());
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
                Hatching.paint(g, path, circle.hatch());
            }
            if (highlighted) {
                stroke(g, List.of(path), style.highlight());
            }
        }
        stroke(g, outline, new MapStyle.Line(circle.outline(), circle.width(), new float[0]));
    }

    private void paintCorridors(Graphics2D g, Pass f) {
        MapStyle.Corridors corridors = style.corridors();
        for (Corridor corridor : f.scene().content().corridors()) {
            Path2D.Double path = corridorPath(f.viewport(), corridor);
            MapStyle.Line line = corridors.byType().get(corridor.type());
            if (f.scene().isHighlighted(FeatureRef.Kind.CORRIDOR, corridor.id())) {
                g.setColor(style.highlight().color());
                g.setStroke(Strokes.of(line.width() + style.highlight().width(), new float[0]));
                g.draw(path);
            }
            g.setColor(corridors.casing());
            g.setStroke(Strokes.of(line.width() + 2, new float[0]));
            g.draw(path);
            g.setColor(line.color());
            g.setStroke(Strokes.of(line.width(), dash(corridor.status())));
            g.draw(path);
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

    /** The places drawn, lesser tiers first, so that the cores are drawn on top where symbols touch. */
    private List<ShownNode> nodes(Pass f) {
        List<Place> shown = new ArrayList<>();
        for (Place place : f.scene().content().places()) {
            if (rules.shown(f.scene(), place, f.zoom())) {
                shown.add(place);
            }
        }
        shown.sort(Comparator.comparingInt((Place p) -> p.tier().ordinal()).reversed());
        List<ShownNode> nodes = new ArrayList<>();
        for (Place place : shown) {
            MapStyle.Node node = nodeStyle(place);
            Point2D.Double at = NodePositions.screen(f.scene().content(), place, f.viewport());
            boolean highlighted = f.scene().isHighlighted(FeatureRef.Kind.PLACE, place.id());
            double radius = node.radius();
            // the highlight's glow behind a symbol is no part of it: labels may touch the glow
            double extent = NodeSymbols.extent(place.role(), radius) + node.width() / 2;
            nodes.add(new ShownNode(place, node, at.x, at.y, radius, extent, highlighted, rules.labelPriority(place),
                    rules.essential(place)));
        }
        return nodes;
    }

    private void requestNodeLabel(Pass f, ShownNode node) {
        if (!f.visible().contains(f.viewport().worldX(node.x()), f.viewport().worldY(node.y()))) {
            return;
        }
        MapStyle.Node style = node.style();
        List<String> lines = names(f, node.place().name(), rules.bilingual(node.place(), f.zoom()));
        f.labels().add(LabelRequest.beside("place:" + node.place().id(), lines,
                fonts(lines, style.fontSize(), style.bold()), style.labelColor(), node.x(), node.y(), node.extent(),
                node.priority(), node.essential()));
    }

    /**
     * A cluster's name stands by its anchor city: centred on it when the city is not drawn, otherwise on the
     * ring around the city's symbol, always with its centre over the cluster's own provinces.
     */
    private void requestClusterLabels(Pass f, List<ShownNode> nodes) {
        for (CityCluster cluster : f.scene().content().clusters()) {
            Optional<Place> anchor = f.scene().content().place(cluster.anchorPlaceId());
            if (anchor.isEmpty()) {
                continue;
            }
            Optional<ShownNode> drawn = nodes.stream().filter(n -> n.place().equals(anchor.get())).findFirst();
            double x = drawn.map(ShownNode::x).orElse(f.viewport().screenX(WebMercator.worldX(anchor.get().location().lon())));
            double y = drawn.map(ShownNode::y).orElse(f.viewport().screenY(WebMercator.worldY(anchor.get().location().lat())));
            Path2D.Float area = new Path2D.Float(Path2D.WIND_EVEN_ODD);
            provinceShapes(f, cluster.provinceCodes()).forEach(shape -> area.append(shape, false));
            double clearance = drawn.map(ShownNode::extent).orElse(0.0);
            List<String> lines = List.of(cluster.name().get(f.language()));
            f.labels().add(new LabelRequest("cluster:" + cluster.id(), lines,
                    fonts(lines, style.labels().clusterFontSize(), true), style.clusters().get(cluster.role()).outline(),
                    x, y, clearance, style.visibility().clusterPriority(), false, area));
        }
    }

    private void requestAreaLabels(Pass f, List<ShownNode> nodes) {
        Set<String> nodeNames = new HashSet<>();
        nodes.forEach(n -> nodeNames.add(n.place().name().get(f.language())));
        MapStyle.Visibility v = style.visibility();
        double zoom = f.zoom();
        if (f.scene().layers().contains(MapLayerId.PROVINCES) && zoom >= v.provinceLabelsFrom()
                && zoom < v.provinceLabelsUntil()) {
            for (MapFeature province : f.scene().baseMap().features(f.band(), BaseLayerId.PROVINCES)) {
                areaLabel(f, "province:", province, v.provincePriority());
            }
        }
        if (f.scene().shows(MapLayerId.PREFECTURES, zoom) && zoom >= v.unitLabelsFrom()) {
            for (MapFeature unit : f.scene().baseMap().features(f.band(), BaseLayerId.PREFECTURES)) {
                // a unit named like the city drawn in it (自贡 in 自贡市, 合川 in 合川区) is named once, by the city
                String name = unit.name().get(f.language());
                if (!nodeNames.contains(name) && !nodeNames.contains(UNIT_SUFFIX.matcher(name).replaceFirst(""))) {
                    areaLabel(f, "unit:", unit, v.unitPriority());
                }
            }
        }
    }

    private void areaLabel(Pass f, String kind, MapFeature feature, int priority) {
        if (f.visible().contains(feature.labelX(), feature.labelY())) {
            List<String> lines = List.of(feature.name().get(f.language()));
            f.labels().add(LabelRequest.centred(kind + feature.property("code"), lines,
                    fonts(lines, style.labels().areaFontSize(), false), style.labels().areaColor(),
                    f.viewport().screenX(feature.labelX()), f.viewport().screenY(feature.labelY()), priority));
        }
    }

    /** A name in the chosen language, with the other language as a second line if wanted and different. */
    private static List<String> names(Pass f, Bilingual name, boolean bilingual) {
        Language other = f.language() == Language.ZH ? Language.EN : Language.ZH;
        if (bilingual && !name.get(other).equals(name.get(f.language()))) {
            return List.of(name.get(f.language()), name.get(other));
        }
        return List.of(name.get(f.language()));
    }

    /** The first line's font, and the smaller plain font of a second line. */
    private List<Font> fonts(List<String> lines, float size, boolean bold) {
        List<Font> list = new ArrayList<>();
        list.add(fonts.font(size, bold));
        if (lines.size() > 1) {
            list.add(fonts.font(size * style.labels().secondLineScale(), false));
        }
        return list;
    }

    private MapStyle.Node nodeStyle(Place place) {
        return place.role() == PlaceRole.HISTORIC_SITE ? style.historicSite() : style.nodes().get(place.tier());
    }

    /** A cluster's area: the circle's own extent where the cluster is the circle, else its provinces. */
    private List<Shape> clusterShapes(Pass f, CityCluster cluster) {
        if (cluster.extent() == ClusterExtent.PROVINCES) {
            return provinceShapes(f, cluster.provinceCodes());
        }
        List<Shape> shapes = new ArrayList<>();
        for (MapFeature feature : f.scene().baseMap().features(f.band(), BaseLayerId.CIRCLE)) {
            Path2D.Float path = ScreenPaths.of(feature.geometry(), f.viewport(), f.visible());
            if (path != null) {
                shapes.add(path);
            }
        }
        return shapes;
    }

    private List<Shape> provinceShapes(Pass f, List<String> codes) {
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

    private static void stroke(Graphics2D g, List<Shape> shapes, MapStyle.Line line) {
        g.setColor(line.color());
        g.setStroke(Strokes.of(line));
        shapes.forEach(g::draw);
    }
}
