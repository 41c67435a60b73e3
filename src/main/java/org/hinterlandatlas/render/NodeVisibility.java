// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Tier;

/**
 * Which places are drawn at which zoom, so that the national view shows the poles and the two cores, and
 * the circle view its whole network. The painter and the hit tester both ask here, so what can be clicked
 * is exactly what is drawn.
 */
final class NodeVisibility {

    private NodeVisibility() {
    }

    /**
     * Whether a place is drawn: the circle's nodes and the other places on the nodes layer, the story's
     * historic sites on the history layer, each from its zoom on.
     */
    static boolean shown(OverlayScene scene, Place place, double zoom) {
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

    private static double minZoom(Place place) {
        if (place.tier() == Tier.EXTERNAL) {
            return place.role() == PlaceRole.STOP || place.role() == PlaceRole.HUB ? 5 : 0;
        }
        return switch (place.tier()) {
            case CORE -> 0;
            case SECONDARY -> 5;
            default -> 6;
        };
    }

    /** Label priority: higher is placed first and so wins a collision. */
    static int labelPriority(Place place) {
        if (place.tier() == Tier.EXTERNAL) {
            return switch (place.role()) {
                case HISTORIC_SITE -> 85;
                case POLE -> 90;
                case PORT, BORDER_CROSSING -> 70;
                default -> 40;
            };
        }
        return switch (place.tier()) {
            case CORE -> 100;
            case SECONDARY -> 80;
            default -> 50;
        };
    }
}
