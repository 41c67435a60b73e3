// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.geo.WorldBounds;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.ClusterRole;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.CorridorStatus;
import org.hinterlandatlas.model.CorridorType;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Tier;

/**
 * Works out the legend of a map state: one entry for each kind of symbol the painter draws in that
 * viewport with those layers, and nothing it does not draw.
 */
public final class Legend {

    private Legend() {
    }

    /**
     * The entries a card on the map lists: the thematic symbols, without the base map's borders, rivers and
     * lakes, which a class reads without a key.
     */
    public static List<LegendEntry> compact(ResolvedScene resolved) {
        Set<LegendEntry.Symbol> base = EnumSet.of(LegendEntry.Symbol.NATIONAL_BORDER, LegendEntry.Symbol.PROVINCE_LINE,
                LegendEntry.Symbol.PREFECTURE_LINE, LegendEntry.Symbol.RIVER, LegendEntry.Symbol.LAKE);
        return entries(resolved).stream().filter(e -> !base.contains(e.symbol())).toList();
    }

    public static List<LegendEntry> entries(ResolvedScene resolved) {
        OverlayScene scene = resolved.scene();
        Viewport viewport = resolved.viewport();
        double zoom = viewport.zoom();
        WorldBounds visible = viewport.visibleWorld();
        List<LegendEntry> entries = new ArrayList<>();
        addNodes(resolved, entries);
        if (scene.shows(MapLayerId.CORRIDORS, zoom)) {
            addCorridors(scene, visible, entries);
        }
        FlowPainter.drawn(scene, zoom).stream().map(f -> f.kind()).distinct().sorted().forEach(kind ->
                entries.add(new LegendEntry(LegendEntry.Symbol.FLOW, kind.name(), "legend.flow." + kind.name())));
        // a flow that starts from a whole region (the paper names no city) tints that region
        FlowPainter.drawn(scene, zoom).stream().filter(f -> f.from().isArea()).map(f -> f.kind()).sorted().findFirst()
                .ifPresent(kind -> entries.add(new LegendEntry(LegendEntry.Symbol.FLOW_SOURCE, kind.name(),
                        "legend.flowSource")));
        if (scene.shows(MapLayerId.CIRCLE, zoom) && inView(scene, viewport, BaseLayerId.CIRCLE)) {
            entries.add(new LegendEntry(LegendEntry.Symbol.CIRCLE_OUTLINE, "", "legend.circle"));
            if (resolved.circleDetail()) {
                entries.add(new LegendEntry(LegendEntry.Symbol.CIRCLE_FULL, "", "legend.circle.full"));
                entries.add(new LegendEntry(LegendEntry.Symbol.CIRCLE_PARTIAL, "", "legend.circle.partial"));
            }
        }
        if (scene.shows(MapLayerId.CLUSTERS, zoom)) {
            Set<ClusterRole> roles = EnumSet.noneOf(ClusterRole.class);
            scene.content().clusters().stream().map(CityCluster::role).forEach(roles::add);
            for (ClusterRole role : roles) {
                entries.add(new LegendEntry(LegendEntry.Symbol.CLUSTER, role.name(), "legend.cluster." + role.name()));
            }
        }
        if (scene.shows(MapLayerId.HINTERLAND, zoom)) {
            entries.add(new LegendEntry(LegendEntry.Symbol.HINTERLAND, "", "legend.hinterland"));
        }
        entries.add(new LegendEntry(LegendEntry.Symbol.NATIONAL_BORDER, "", "legend.border"));
        if (scene.shows(MapLayerId.PROVINCES, zoom)) {
            entries.add(new LegendEntry(LegendEntry.Symbol.PROVINCE_LINE, "", "legend.province"));
        }
        if (scene.shows(MapLayerId.PREFECTURES, zoom)) {
            entries.add(new LegendEntry(LegendEntry.Symbol.PREFECTURE_LINE, "", "legend.prefecture"));
        }
        if (scene.shows(MapLayerId.RIVERS, zoom) && inView(scene, viewport, BaseLayerId.RIVERS)) {
            entries.add(new LegendEntry(LegendEntry.Symbol.RIVER, "", "legend.river"));
        }
        if (scene.shows(MapLayerId.LAKES, zoom) && inView(scene, viewport, BaseLayerId.LAKES)) {
            entries.add(new LegendEntry(LegendEntry.Symbol.LAKE, "", "legend.lake"));
        }
        return entries;
    }

    private static boolean inView(OverlayScene scene, Viewport viewport, BaseLayerId layer) {
        WorldBounds visible = viewport.visibleWorld();
        return scene.baseMap().features(viewport.band(), layer).stream()
                .anyMatch(f -> f.geometry().bounds().intersects(visible));
    }

    private static void addNodes(ResolvedScene resolved, List<LegendEntry> entries) {
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        Set<PlaceRole> roles = EnumSet.noneOf(PlaceRole.class);
        Viewport viewport = resolved.viewport();
        for (ShownNode node : resolved.nodes()) {
            Place place = node.place();
            if (node.x() >= 0 && node.y() >= 0 && node.x() <= viewport.width() && node.y() <= viewport.height()) {
                if (place.tier() == Tier.EXTERNAL) {
                    roles.add(place.role());
                } else {
                    tiers.add(place.tier());
                }
            }
        }
        for (Tier tier : tiers) {
            entries.add(new LegendEntry(LegendEntry.Symbol.NODE, tier.name(), "legend.tier." + tier.name()));
        }
        // hubs, stops and the measures' sites share one plain dot: one row names them together
        PlaceRole plainDot = null;
        for (PlaceRole role : roles) {
            if (NodeSymbols.isPlainDot(role)) {
                plainDot = plainDot == null ? role : plainDot;
            } else {
                entries.add(new LegendEntry(LegendEntry.Symbol.PLACE_ROLE, role.name(), "legend.role." + role.name()));
            }
        }
        if (plainDot != null) {
            entries.add(new LegendEntry(LegendEntry.Symbol.PLACE_ROLE, plainDot.name(), "legend.role.otherCity"));
        }
    }

    private static void addCorridors(OverlayScene scene, WorldBounds visible, List<LegendEntry> entries) {
        Set<CorridorType> types = EnumSet.noneOf(CorridorType.class);
        boolean underConstruction = false;
        for (Corridor corridor : scene.content().corridors()) {
            if (!crosses(visible, corridor)) {
                continue;
            }
            types.add(corridor.type());
            underConstruction |= corridor.status() == CorridorStatus.UNDER_CONSTRUCTION;
        }
        for (CorridorType type : types) {
            entries.add(new LegendEntry(LegendEntry.Symbol.CORRIDOR, type.name(), "legend.corridor." + type.name()));
        }
        if (underConstruction) {
            entries.add(new LegendEntry(LegendEntry.Symbol.CORRIDOR_UNDER_CONSTRUCTION, CorridorType.HSR.name(),
                    "legend.corridor.underConstruction"));
        }
    }

    /** Whether any segment's box meets the view: a corridor can cross the view with no stop inside it. */
    private static boolean crosses(WorldBounds visible, Corridor corridor) {
        for (int i = 1; i < corridor.path().size(); i++) {
            GeoPoint a = corridor.path().get(i - 1);
            GeoPoint b = corridor.path().get(i);
            double ax = WebMercator.worldX(a.lon());
            double ay = WebMercator.worldY(a.lat());
            double bx = WebMercator.worldX(b.lon());
            double by = WebMercator.worldY(b.lat());
            if (new WorldBounds(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)).intersects(visible)) {
                return true;
            }
        }
        return false;
    }
}
