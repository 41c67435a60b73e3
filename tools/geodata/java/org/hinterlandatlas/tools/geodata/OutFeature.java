// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * A feature to be written: the three required properties first, then layer-specific ones in
 * insertion order (a LinkedHashMap keeps the output byte-stable).
 */
record OutFeature(Map<String, Object> properties, Geometry geometry) {

    static OutFeature of(String id, String nameZh, String nameEn, Geometry geometry) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("name_zh", nameZh);
        p.put("name_en", nameEn);
        return new OutFeature(p, geometry);
    }

    OutFeature with(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    String id() {
        return (String) properties.get("id");
    }
}
