// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.geo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Every base layer in every zoom band. Either complete from the start (read and checked from GeoJSON), or
 * with each band read when first asked for (the packed shipped data), so a figure or the first view reads
 * only the detail level it draws.
 */
public final class BaseMapData {

    private final Map<ZoomBand, Band> bands = new EnumMap<>(ZoomBand.class);

    public BaseMapData(Map<ZoomBand, Map<BaseLayerId, List<MapFeature>>> layers) {
        for (ZoomBand band : ZoomBand.values()) {
            Map<BaseLayerId, List<MapFeature>> byLayer = layers.getOrDefault(band, Map.of());
            bands.put(band, new Band(ignored -> byLayer, band));
            bands.get(band).get();
        }
    }

    private BaseMapData(Function<ZoomBand, Map<BaseLayerId, List<MapFeature>>> reader) {
        for (ZoomBand band : ZoomBand.values()) {
            bands.put(band, new Band(reader, band));
        }
    }

    /**
     * Base data whose bands are read on first use. The reader must not fail: it is given data that was
     * checked when it was made, and falls back to reading the band another way itself.
     */
    public static BaseMapData readOnDemand(Function<ZoomBand, Map<BaseLayerId, List<MapFeature>>> reader) {
        return new BaseMapData(reader);
    }

    /** Reads the bands not read yet on the executor, so a later zoom finds them ready. */
    public void readRemaining(Executor executor) {
        for (Band band : bands.values()) {
            if (!band.isRead()) {
                executor.execute(band::get);
            }
        }
    }

    /** The features of a layer in a band; empty when the layer is not published in that band. */
    public List<MapFeature> features(ZoomBand band, BaseLayerId layer) {
        return bands.get(band).get().getOrDefault(layer, List.of());
    }

    public Optional<MapFeature> feature(ZoomBand band, BaseLayerId layer, String id) {
        return features(band, layer).stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** One band's layers, read once by whichever thread asks first. */
    private static final class Band {
        private final Function<ZoomBand, Map<BaseLayerId, List<MapFeature>>> reader;
        private final ZoomBand band;
        private volatile Map<BaseLayerId, List<MapFeature>> layers;

        Band(Function<ZoomBand, Map<BaseLayerId, List<MapFeature>>> reader, ZoomBand band) {
            this.reader = reader;
            this.band = band;
        }

        boolean isRead() {
            return layers != null;
        }

        Map<BaseLayerId, List<MapFeature>> get() {
            Map<BaseLayerId, List<MapFeature>> read = layers;
            if (read == null) {
                synchronized (this) {
                    read = layers;
                    if (read == null) {
                        read = copy(reader.apply(band));
                        layers = read;
                    }
                }
            }
            return read;
        }

        private static Map<BaseLayerId, List<MapFeature>> copy(Map<BaseLayerId, List<MapFeature>> byLayer) {
            Map<BaseLayerId, List<MapFeature>> inner = new EnumMap<>(BaseLayerId.class);
            byLayer.forEach((id, features) -> inner.put(id, List.copyOf(features)));
            return inner;
        }
    }
}
