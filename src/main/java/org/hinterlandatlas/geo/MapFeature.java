// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.geo;

import java.util.Map;
import org.hinterlandatlas.model.Bilingual;

/**
 * A named feature of a base layer with its projected geometry and the properties its layer defines.
 *
 * @param labelX world x of the point a label of the feature is centred on (inside the area for polygons)
 * @param labelY world y of that point
 */
public record MapFeature(String id, Bilingual name, Map<String, String> properties, WorldGeometry geometry,
                         double labelX, double labelY) {

    public MapFeature {
        properties = Map.copyOf(properties);
    }

    public String property(String key) {
        return properties.getOrDefault(key, "");
    }
}
