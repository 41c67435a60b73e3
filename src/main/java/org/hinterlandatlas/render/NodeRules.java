// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.style.MapStyle;

/**
 * Which places are drawn at which zoom and how eagerly they are labelled, read from the style's visibility
 * rules: the national view shows the poles and the two cores, the circle view its whole network. Only
 * {@link ResolvedScene} asks here; the painter, the hit tester and the legend read what it resolved.
 */
final class NodeRules {

    private final MapStyle.Visibility rules;

    NodeRules(MapStyle.Visibility rules) {
        this.rules = rules;
    }

    /**
     * Whether a place is drawn: the circle's nodes and the other places on the nodes layer, the story's
     * historic sites on the history layer, each from its zoom on.
     */
    boolean shown(OverlayScene scene, Place place, double zoom) {
        if (place.role() == PlaceRole.HISTORIC_SITE) {
            return scene.shows(MapLayerId.HISTORY, zoom) && (scene.isHighlighted(FeatureRef.Kind.PLACE, place.id())
                    || !anyHistoricSiteHighlighted(scene));
        }
        // a highlighted place is what a step is about: it is drawn whatever the zoom
        return scene.shows(MapLayerId.NODES, zoom)
                && (zoom >= minZoom(place) || scene.isHighlighted(FeatureRef.Kind.PLACE, place.id()));
    }

    /**
     * A phase highlights its own historic sites, and then only those are drawn: the Third Front has no place
     * for the wartime capital's partners. With none highlighted, the history layer shows every site.
     */
    private static boolean anyHistoricSiteHighlighted(OverlayScene scene) {
        for (FeatureRef ref : scene.highlighted()) {
            if (ref.kind() == FeatureRef.Kind.PLACE && scene.content().place(ref.id())
                    .filter(p -> p.role() == PlaceRole.HISTORIC_SITE).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private double minZoom(Place place) {
        if (place.tier() == Tier.EXTERNAL && rules.externalRolesFrom().containsKey(place.role())) {
            return rules.externalRolesFrom().get(place.role());
        }
        return rules.nodesFrom().get(place.tier());
    }

    /** Label priority: higher is placed first and so wins a collision. */
    int labelPriority(Place place) {
        if (place.tier() == Tier.EXTERNAL && rules.externalRolePriority().containsKey(place.role())) {
            return rules.externalRolePriority().get(place.role());
        }
        return rules.tierPriority().get(place.tier());
    }

    /** Whether the place must be labelled at every size: its type shrinks a step before it is dropped. */
    boolean essential(Place place) {
        return rules.essentialTiers().contains(place.tier());
    }

    /** Whether its name has the other language below it: the essential tiers and the poles always. */
    boolean bilingual(Place place, double zoom) {
        return essential(place) || place.role() == PlaceRole.POLE || zoom >= rules.bilingualFrom();
    }

    MapStyle.Visibility rules() {
        return rules;
    }
}
