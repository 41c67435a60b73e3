// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.style.MapStyle;

/**
 * A place as the resolved scene draws it.
 *
 * @param x           the symbol's centre on the surface
 * @param y           the symbol's centre on the surface
 * @param radius      the symbol's radius
 * @param extent      the radius of the circle that holds the whole symbol as drawn (its shape and outline;
 *                    a highlight's glow behind it may be touched): no other label enters it, and the place's
 *                    own label stands beside it
 * @param priority    its label's priority
 * @param essential   whether its label is kept at every size
 */
public record ShownNode(Place place, MapStyle.Node style, double x, double y, double radius, double extent,
                        boolean highlighted, int priority, boolean essential) {
}
