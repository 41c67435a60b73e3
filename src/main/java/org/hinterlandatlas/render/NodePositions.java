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
 * around that point, so each can be seen, labelled and clicked. The painter, the hit tester and the legend
 * all ask here.
 */
final class NodePositions {

    /**
     * Radius of the ring, in CSS pixels: wide enough that the city's own name still finds a free corner
     * between the sites (the label placer keeps labels off every symbol).
     */
    static final double RING = 19;

    private NodePositions() {
    }

    static Point2D.Double screen(AtlasContent content, Place place, Viewport viewport, double pixelScale) {
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
        double angle = -Math.PI / 2 + 2 * Math.PI * sites.indexOf(place) / sites.size();
        double radius = RING * pixelScale;
        return new Point2D.Double(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
    }
}
