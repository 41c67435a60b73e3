// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The authored, sourced content of the atlas: everything except the base map's geometry. */
public record AtlasContent(Map<String, Source> sources, List<Place> places, List<Corridor> corridors,
                           CircleMembership membership, List<CityCluster> clusters,
                           List<EconomicRegion> regions, List<NamedView> views, Evidence evidence) {

    public AtlasContent {
        sources = Map.copyOf(sources);
        places = List.copyOf(places);
        corridors = List.copyOf(corridors);
        clusters = List.copyOf(clusters);
        regions = List.copyOf(regions);
        views = List.copyOf(views);
        Objects.requireNonNull(evidence, "evidence");
    }

    public Optional<Place> place(String id) {
        return places.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<NamedView> view(String id) {
        return views.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /**
     * Every map state a figure can be made of, by id: the named views (and, as content grows, the story's
     * phases and events and the evidence). Ids are unique across all of them.
     */
    public List<MapState> mapStates() {
        List<MapState> states = new ArrayList<>(views.stream().map(MapState::of).toList());
        states.addAll(evidence.mapStates());
        return states;
    }

    public Optional<MapState> mapState(String id) {
        return mapStates().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }
}
