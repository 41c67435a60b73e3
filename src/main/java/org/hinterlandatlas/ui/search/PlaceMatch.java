// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.search;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;

/**
 * One thing a teacher can find by name: a feature of the map (place, historic site, corridor, area), with
 * the area that shows it and the layer that draws it, or a view, story step or piece of evidence, whose
 * state is the step itself.
 *
 * @param kind    what it is, for the list: PLACE, HISTORIC_SITE, CORRIDOR, AREA or STEP
 * @param feature the feature to select, for a feature
 * @param step    the state to show, for a view, step or evidence
 */
public record PlaceMatch(Kind kind, Bilingual name, Optional<FeatureRef> feature, GeoPoint southWest,
                         GeoPoint northEast, MapLayerId layer, Optional<MapState> step) {

    /** In the order the suggestions list them when they match equally well. */
    public enum Kind {
        PLACE, HISTORIC_SITE, CORRIDOR, AREA, STEP
    }

    static PlaceMatch feature(Kind kind, Bilingual name, FeatureRef ref, GeoPoint southWest, GeoPoint northEast,
                              MapLayerId layer) {
        return new PlaceMatch(kind, name, Optional.of(ref), southWest, northEast, layer, Optional.empty());
    }

    static PlaceMatch step(MapState state) {
        return new PlaceMatch(Kind.STEP, state.title(), Optional.empty(), state.southWest(), state.northEast(),
                null, Optional.of(state));
    }

    /**
     * The state to fly to: the step's own, or the feature's area with the layers on now plus the one that
     * draws it, so finding a historic site shows the history layer without switching off the rest.
     */
    public MapState state(Set<MapLayerId> layersOn) {
        if (step.isPresent()) {
            return step.get();
        }
        Set<MapLayerId> layers = layersOn.isEmpty() ? EnumSet.noneOf(MapLayerId.class) : EnumSet.copyOf(layersOn);
        layers.add(layer);
        return new MapState("find-" + feature.orElseThrow().id(), name, southWest, northEast, layers, Set.of());
    }
}
