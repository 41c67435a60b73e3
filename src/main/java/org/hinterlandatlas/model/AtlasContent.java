// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The authored, sourced content of the atlas: everything except the base map's geometry.
 *
 * @param story the definition, phases and timeline; null only inside the loader, while the story itself is
 *              being checked against the rest of the content
 */
public record AtlasContent(Map<String, Source> sources, List<Place> places, List<Corridor> corridors,
                           CircleMembership membership, List<CityCluster> clusters,
                           List<EconomicRegion> regions, List<Flow> flows, List<NamedView> views, Story story,
                           Evidence evidence) {

    public AtlasContent {
        // in catalogue order, which numbers the reference list
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        places = List.copyOf(places);
        corridors = List.copyOf(corridors);
        clusters = List.copyOf(clusters);
        regions = List.copyOf(regions);
        flows = List.copyOf(flows);
        views = List.copyOf(views);
        Objects.requireNonNull(evidence, "evidence");
    }

    public Optional<Place> place(String id) {
        return places.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Flow> flow(String id) {
        return flows.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<NamedView> view(String id) {
        return views.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /**
     * Every map state a figure can be made of, by id: the named views (and, as content grows, the story's
     * phases and events and the evidence). Ids are unique across all of them.
     */
    public List<MapState> mapStates() {
        List<MapState> states = new ArrayList<>();
        views.stream().map(MapState::of).forEach(states::add);
        states.addAll(story.mapStates());
        states.addAll(evidence.mapStates());
        return states;
    }

    /**
     * The states of the Previous/Next walk, in its order: the definition, the phases and the events of the
     * story, then the evidence (the story and evidence panels contribute their steps in this order).
     */
    public List<MapState> steps() {
        List<MapState> steps = new ArrayList<>(story.steps());
        steps.addAll(evidence.mapStates());
        return steps;
    }

    public Optional<MapState> mapState(String id) {
        return mapStates().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The name of a place, corridor, circle unit, cluster, region or flow, if it exists. */
    public Optional<Bilingual> nameOf(FeatureRef ref) {
        return switch (ref.kind()) {
            case PLACE -> place(ref.id()).map(Place::name);
            case CORRIDOR -> corridors.stream().filter(c -> c.id().equals(ref.id())).findFirst().map(Corridor::name);
            case UNIT -> membership.unit(ref.id()).map(CircleUnit::name);
            case CLUSTER -> clusters.stream().filter(c -> c.id().equals(ref.id())).findFirst().map(CityCluster::name);
            case REGION -> regions.stream().filter(r -> r.id().equals(ref.id())).findFirst().map(EconomicRegion::name);
            case FLOW -> flow(ref.id()).map(Flow::name);
        };
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }
}
