// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import com.fasterxml.jackson.databind.JsonNode;

import org.locationtech.jts.geom.Geometry;

/** One feature of a source GeoJSON file: its raw properties and its geometry. */
record SourceFeature(JsonNode properties, Geometry geometry) {

    /** A property as text, or "" when it is absent or null (the NE files use null freely). */
    String text(String key) {
        JsonNode n = properties.get(key);
        return n == null || n.isNull() ? "" : n.asText();
    }

    double number(String key) {
        JsonNode n = properties.get(key);
        return n == null || n.isNull() ? Double.NaN : n.asDouble();
    }
}
