// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.geom.Rectangle2D;

/** A map card where it was placed: its box on the map and, inside it, the box that closes it. */
public record PlacedCard(MapCard card, Rectangle2D box, Rectangle2D closeBox) {
}
