// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.awt.geom.Rectangle2D;
import org.hinterlandatlas.model.GeoPoint;

/**
 * The frame a map figure drew, so that the figure can be georeferenced and checked from outside: the extent
 * actually shown (the requested bounds padded to the map's shape) and the map's rectangle on the page, in
 * points from the page's top left corner. Web Mercator maps the one onto the other.
 */
public record FigureFrame(GeoPoint southWest, GeoPoint northEast, Rectangle2D mapOnPage) {

    /** The rectangle is kept to a thousandth of a point, far below what a page shows, as its record writes it. */
    public FigureFrame {
        mapOnPage = new Rectangle2D.Double(round(mapOnPage.getX()), round(mapOnPage.getY()),
                round(mapOnPage.getWidth()), round(mapOnPage.getHeight()));
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
