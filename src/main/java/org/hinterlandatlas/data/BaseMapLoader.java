// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.Citation;

/** Loads every derived base layer in every band from geodata/base. */
final class BaseMapLoader {

    static final String FOLDER = "geodata/base/";
    /** Properties a base feature may carry besides its id and names (see docs/data-format.md). */
    private static final List<String> PROPERTIES = List.of("code", "province_code", "rank");

    private final GeoJsonReader reader;

    BaseMapLoader(JsonFiles json) {
        this.reader = new GeoJsonReader(json);
    }

    static String path(BaseLayerId layer, ZoomBand band) {
        return FOLDER + layer.fileName() + "." + band.fileSuffix() + ".geojson";
    }

    /** The base map, and the citations of each file so the caller can check they resolve. */
    record Result(BaseMapData data, Map<String, List<Citation>> citationsByFile) {
    }

    Result load() throws DataException {
        Map<ZoomBand, Map<BaseLayerId, List<MapFeature>>> layers = new EnumMap<>(ZoomBand.class);
        Map<String, List<Citation>> citations = new HashMap<>();
        for (ZoomBand band : ZoomBand.values()) {
            layers.put(band, load(band, citations));
        }
        return new Result(new BaseMapData(layers), citations);
    }

    /** One band's layers, each file checked; the citations of each file are added to {@code citations}. */
    Map<BaseLayerId, List<MapFeature>> load(ZoomBand band, Map<String, List<Citation>> citations)
            throws DataException {
        Map<BaseLayerId, List<MapFeature>> byLayer = new EnumMap<>(BaseLayerId.class);
        for (BaseLayerId layer : BaseLayerId.values()) {
            if (layer.requiredIn(band)) {
                byLayer.put(layer, layer(layer, band, citations));
            }
        }
        return byLayer;
    }

    /** One layer's file, checked; its citations are added to {@code citations}. */
    List<MapFeature> layer(BaseLayerId layer, ZoomBand band, Map<String, List<Citation>> citations)
            throws DataException {
        String path = path(layer, band);
        GeoJsonReader.Collection collection = reader.read(path, layer.fileName(), layer.kind());
        citations.put(path, collection.root().citations());
        return features(collection);
    }

    private static List<MapFeature> features(GeoJsonReader.Collection collection) throws DataException {
        List<MapFeature> features = new ArrayList<>(collection.features().size());
        for (GeoJsonReader.Feature feature : collection.features()) {
            EntryReader properties = feature.properties();
            Map<String, String> extra = new HashMap<>();
            for (String key : PROPERTIES) {
                if (properties.has(key)) {
                    extra.put(key, properties.text(key));
                }
            }
            String rank = extra.get("rank");
            if (rank != null && !(rank.matches("\\d{1,2}") && DataLimits.RIVER_RANK.contains(Integer.parseInt(rank)))) {
                throw properties.fault("data.limit.range", "rank", JsonFiles.shortened(rank),
                        DataLimits.RIVER_RANK.minText(), DataLimits.RIVER_RANK.maxText());
            }
            double[] label = LabelPoints.of(feature.geometry().kind(), feature.parts());
            features.add(new MapFeature(properties.entry(), properties.name(), extra, feature.geometry(),
                    label[0], label[1]));
        }
        return features;
    }
}
