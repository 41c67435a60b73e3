// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A state of the map that a view, a story step, a piece of evidence or a saved figure puts the map in: the
 * area it must show, the layers switched on and the features highlighted, under a title.
 *
 * @param id          stable id, unique across views, phases, events and evidence; used by the command line
 * @param title       what the map shows, the default title of a figure
 * @param southWest   the south-west corner of the area that must be visible
 * @param northEast   the north-east corner of the area that must be visible
 * @param layers      the layers switched on
 * @param highlighted the features drawn highlighted
 */
public record MapState(String id, Bilingual title, GeoPoint southWest, GeoPoint northEast, Set<MapLayerId> layers,
                       Set<FeatureRef> highlighted) {

    public MapState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(southWest, "southWest");
        Objects.requireNonNull(northEast, "northEast");
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        highlighted = Set.copyOf(highlighted);
    }

    /** A named view with the default layers on and nothing highlighted. */
    public static MapState of(NamedView view) {
        return new MapState(view.id(), view.name(), view.southWest(), view.northEast(),
                MapLayerId.defaults(), Set.of());
    }

    public MapState withTitle(Bilingual newTitle) {
        return new MapState(id, newTitle, southWest, northEast, layers, highlighted);
    }
}
