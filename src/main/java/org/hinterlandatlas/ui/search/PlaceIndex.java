// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.geo.WorldBounds;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.CircleUnit;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.EconomicRegion;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;

/**
 * Every name a teacher may type to find something: the places, historic sites, corridors and areas of the
 * map and the views, story steps and evidence, each by its Chinese name, its English name and the toneless
 * pinyin of the Chinese ("mian" finds 绵阳). A name that begins with what was typed comes before one that
 * only contains it. The names to search are spelled out (pinyin4j's dictionary is large to read) at the
 * first search or when {@link #prepareSearch()} is called, not when the index is made at start.
 */
public final class PlaceIndex {

    /** Half the side of the area shown around a place, in degrees: a prefecture and its neighbours. */
    private static final double PLACE_HALF_DEGREES = 0.6;

    private record Entry(PlaceMatch match, List<String> keys) {
    }

    private record Ranked(PlaceMatch match, int rank) {
    }

    private final List<PlaceMatch> matches = new ArrayList<>();
    /** Every match with the keys it is found by; made once, when first needed. */
    private List<Entry> entries;

    public PlaceIndex(Atlas atlas) {
        AtlasContent content = atlas.content();
        for (Place place : content.places()) {
            GeoPoint at = place.location();
            boolean historic = place.role() == PlaceRole.HISTORIC_SITE;
            add(PlaceMatch.feature(historic ? PlaceMatch.Kind.HISTORIC_SITE : PlaceMatch.Kind.PLACE, place.name(),
                    new FeatureRef(FeatureRef.Kind.PLACE, place.id()),
                    new GeoPoint(at.lon() - PLACE_HALF_DEGREES, at.lat() - PLACE_HALF_DEGREES),
                    new GeoPoint(at.lon() + PLACE_HALF_DEGREES, at.lat() + PLACE_HALF_DEGREES),
                    historic ? MapLayerId.HISTORY : MapLayerId.NODES));
        }
        for (Corridor corridor : content.corridors()) {
            WorldBounds bounds = WorldBounds.EMPTY;
            for (GeoPoint point : corridor.path()) {
                double x = WebMercator.worldX(point.lon());
                double y = WebMercator.worldY(point.lat());
                bounds = bounds.union(new WorldBounds(x, y, x, y));
            }
            addArea(PlaceMatch.Kind.CORRIDOR, corridor.name(), new FeatureRef(FeatureRef.Kind.CORRIDOR, corridor.id()),
                    bounds, MapLayerId.CORRIDORS);
        }
        for (CircleUnit unit : content.membership().units()) {
            addArea(PlaceMatch.Kind.AREA, unit.name(), new FeatureRef(FeatureRef.Kind.UNIT, unit.code()),
                    bounds(atlas, BaseLayerId.PREFECTURES, Set.of(unit.code())), MapLayerId.CIRCLE);
        }
        for (CityCluster cluster : content.clusters()) {
            addArea(PlaceMatch.Kind.AREA, cluster.name(), new FeatureRef(FeatureRef.Kind.CLUSTER, cluster.id()),
                    bounds(atlas, BaseLayerId.PROVINCES, Set.copyOf(cluster.provinceCodes())), MapLayerId.CLUSTERS);
        }
        for (EconomicRegion region : content.regions()) {
            if (region.hinterland()) {
                addArea(PlaceMatch.Kind.AREA, region.name(), new FeatureRef(FeatureRef.Kind.REGION, region.id()),
                        bounds(atlas, BaseLayerId.PROVINCES, Set.copyOf(region.provinceCodes())),
                        MapLayerId.HINTERLAND);
            }
        }
        for (MapState state : content.mapStates()) {
            add(PlaceMatch.step(state));
        }
    }

    /** The features of the map (not the views and steps), in the order they were indexed. */
    public List<PlaceMatch> features() {
        return matches.stream().filter(match -> match.feature().isPresent()).toList();
    }

    /** Up to {@code limit} matches of what was typed, best first; nothing for blank input. */
    public List<PlaceMatch> find(String typed, int limit) {
        String query = normalize(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Entry entry : entries()) {
            int rank = rank(entry.keys(), query);
            if (rank >= 0) {
                ranked.add(new Ranked(entry.match(), rank));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank)
                .thenComparing(r -> r.match().kind())
                .thenComparingInt(r -> r.match().name().zh().length()));
        return ranked.stream().limit(limit).map(Ranked::match).toList();
    }

    /** 0 when a name begins with the query, 1 when one contains it, -1 when none does. */
    private static int rank(List<String> keys, String query) {
        int best = -1;
        for (String key : keys) {
            if (key.startsWith(query)) {
                return 0;
            }
            if (key.contains(query)) {
                best = 1;
            }
        }
        return best;
    }

    /** Lower case without spaces, apostrophes or hyphens: "Xi'an", "xi an" and "xian" are one query. */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s'’\\-·]", "");
    }

    /** Spells out the names to search now, so that the first letter typed does not wait for it. */
    public void prepareSearch() {
        entries();
    }

    private synchronized List<Entry> entries() {
        if (entries == null) {
            entries = matches.stream().map(PlaceIndex::keyed).toList();
        }
        return entries;
    }

    private void add(PlaceMatch match) {
        matches.add(match);
    }

    private static Entry keyed(PlaceMatch match) {
        List<String> keys = new ArrayList<>();
        keys.add(normalize(match.name().zh()));
        keys.add(normalize(match.name().en()));
        // each English word may begin a query too: "new corridor" finds the Western Land–Sea New Corridor
        for (String word : match.name().en().split("[\\s–—-]+")) {
            keys.add(normalize(word));
        }
        keys.addAll(Pinyin.spellings(match.name().zh()));
        return new Entry(match, List.copyOf(keys));
    }

    private void addArea(PlaceMatch.Kind kind, Bilingual name, FeatureRef ref, WorldBounds bounds, MapLayerId layer) {
        if (bounds.minX() > bounds.maxX()) {
            return;
        }
        add(PlaceMatch.feature(kind, name, ref,
                new GeoPoint(WebMercator.lon(bounds.minX()), WebMercator.lat(bounds.maxY())),
                new GeoPoint(WebMercator.lon(bounds.maxX()), WebMercator.lat(bounds.minY())), layer));
    }

    private static WorldBounds bounds(Atlas atlas, BaseLayerId layer, Set<String> codes) {
        WorldBounds bounds = WorldBounds.EMPTY;
        for (MapFeature feature : atlas.baseMap().features(ZoomBand.LO, layer)) {
            if (codes.contains(feature.property("code"))) {
                bounds = bounds.union(feature.geometry().bounds());
            }
        }
        return bounds;
    }
}
