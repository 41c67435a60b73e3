// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.geo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every base layer in every zoom band, as loaded from geodata/base. */
public final class BaseMapData {

    private final Map<ZoomBand, Map<BaseLayerId, List<MapFeature>>> layers;

    public BaseMapData(Map<ZoomBand, Map<BaseLayerId, List<MapFeature>>> layers) {
        Map<ZoomBand, Map<BaseLayerId, List<MapFeature>>> copy = new EnumMap<>(ZoomBand.class);
        layers.forEach((band, byLayer) -> {
            Map<BaseLayerId, List<MapFeature>> inner = new EnumMap<>(BaseLayerId.class);
            byLayer.forEach((id, features) -> inner.put(id, List.copyOf(features)));
            copy.put(band, inner);
        });
        this.layers = copy;
    }

    /** The features of a layer in a band; empty when the layer is not published in that band. */
    public List<MapFeature> features(ZoomBand band, BaseLayerId layer) {
        return layers.getOrDefault(band, Map.of()).getOrDefault(layer, List.of());
    }

    public Optional<MapFeature> feature(ZoomBand band, BaseLayerId layer, String id) {
        return features(band, layer).stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
