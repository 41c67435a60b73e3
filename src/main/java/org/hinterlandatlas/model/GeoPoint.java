// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** A WGS 84 position in degrees. */
public record GeoPoint(double lon, double lat) {
}
