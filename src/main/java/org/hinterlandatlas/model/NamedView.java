// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/**
 * A named map view a teacher can fly to, given as the area it must show; the zoom follows from the size
 * of the window or page it is shown on.
 */
public record NamedView(String id, Bilingual name, GeoPoint southWest, GeoPoint northEast) {
}
