// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.util.Set;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;

/**
 * What the overlay shows: the content, which layers are on, the language of the labels and the features
 * to highlight (the selection, later a story step's features).
 *
 * @param shading values that colour the city clusters instead of their role's tint (Table 2's shares), or
 *                null for the usual tints
 */
public record OverlayScene(AtlasContent content, BaseMapData baseMap, Set<MapLayerId> layers, Language language,
                           Set<FeatureRef> highlighted, ClusterShading shading) {

    public OverlayScene {
        layers = Set.copyOf(layers);
        highlighted = Set.copyOf(highlighted);
    }

    public OverlayScene(AtlasContent content, BaseMapData baseMap, Set<MapLayerId> layers, Language language,
                        Set<FeatureRef> highlighted) {
        this(content, baseMap, layers, language, highlighted, null);
    }

    public OverlayScene withShading(ClusterShading clusterShading) {
        return new OverlayScene(content, baseMap, layers, language, highlighted, clusterShading);
    }

    /** Whether a layer is switched on and drawn at this zoom. */
    public boolean shows(MapLayerId layer, double zoom) {
        return layers.contains(layer) && layer.shownAt(zoom);
    }

    public boolean isHighlighted(FeatureRef.Kind kind, String id) {
        return highlighted.contains(new FeatureRef(kind, id));
    }
}
