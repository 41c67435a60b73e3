// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;

/**
 * Where a place's symbol is drawn on the screen. Historic sites whose exact site is not sourced stand at
 * their city, often several at one city and on top of the city's node: they are spread on a small ring
 * around that point, so each can be seen, labelled and clicked. Around a city's node they keep to the arc on
 * its left, so the city's own name keeps its preferred place on the right. The resolved scene asks here.
 */
final class NodePositions {

    /** Radius of the ring, in CSS pixels: the sites clear of the city's node and of one another. */
    static final double RING = 22;
    /** Around a node the sites spread over the left arc: 100° either side of straight left. */
    static final double LEFT_ARC = Math.toRadians(160);

    private NodePositions() {
    }

    static Point2D.Double screen(AtlasContent content, Place place, Viewport viewport) {
        double x = viewport.screenX(WebMercator.worldX(place.location().lon()));
        double y = viewport.screenY(WebMercator.worldY(place.location().lat()));
        if (place.role() != PlaceRole.HISTORIC_SITE) {
            return new Point2D.Double(x, y);
        }
        List<Place> sites = new ArrayList<>();
        boolean nodeThere = false;
        for (Place other : content.places()) {
            if (other.location().equals(place.location())) {
                if (other.role() == PlaceRole.HISTORIC_SITE) {
                    sites.add(other);
                } else {
                    nodeThere = true;
                }
            }
        }
        if (sites.size() == 1 && !nodeThere) {
            return new Point2D.Double(x, y);
        }
        int index = sites.indexOf(place);
        double angle = nodeThere
                ? Math.PI - LEFT_ARC / 2 + (sites.size() == 1 ? LEFT_ARC / 2 : LEFT_ARC * index / (sites.size() - 1))
                : -Math.PI / 2 + 2 * Math.PI * index / sites.size();
        return new Point2D.Double(x + RING * Math.cos(angle), y + RING * Math.sin(angle));
    }
}
