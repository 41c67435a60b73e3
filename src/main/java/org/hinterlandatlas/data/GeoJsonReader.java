// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.geo.WorldGeometry;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.words.Messages;

/**
 * Reads a GeoJSON FeatureCollection of one layer, checking the layer name, each feature's id, its geometry
 * type and every coordinate, and projects the geometry into world coordinates.
 */
final class GeoJsonReader {

    /** A feature as read: its properties (with the id) and its geometry, raw and projected. */
    record Feature(EntryReader properties, List<List<GeoPoint>> parts, WorldGeometry geometry) {
    }

    private final JsonFiles json;

    GeoJsonReader(JsonFiles json) {
        this.json = json;
    }

    /** The collection's root object and its features, after checking that the file holds the expected layer. */
    record Collection(EntryReader root, List<Feature> features) {
    }

    Collection read(String path, String expectedLayer, WorldGeometry.Kind kind) throws DataException {
        JsonNode root = json.read(path);
        EntryReader rootReader = new EntryReader(path, "", root);
        if (!"FeatureCollection".equals(root.path("type").asText())) {
            throw rootReader.fault("data.geojson.notCollection");
        }
        String layer = rootReader.text("layer");
        if (!layer.equals(expectedLayer)) {
            throw rootReader.fault("data.geojson.wrongLayer", layer, expectedLayer);
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw rootReader.fault("data.geojson.noFeatures");
        }
        List<Feature> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode feature : features) {
            index++;
            JsonNode properties = feature.get("properties");
            if (properties == null || !properties.isObject()) {
                throw new EntryReader(path, "#" + index, feature).fault("data.geojson.noProperties");
            }
            EntryReader reader = EntryReader.identified(path, "#" + index, properties);
            if (!ids.add(reader.entry())) {
                throw reader.fault("data.entry.duplicateId");
            }
            List<List<GeoPoint>> parts = geometry(reader, feature.get("geometry"), kind);
            result.add(new Feature(reader, parts, project(kind, parts)));
        }
        return new Collection(rootReader, result);
    }

    private static List<List<GeoPoint>> geometry(EntryReader feature, JsonNode geometry, WorldGeometry.Kind kind)
            throws DataException {
        if (geometry == null || !geometry.isObject()) {
            throw feature.fault("data.geojson.noGeometry");
        }
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw feature.fault("data.geojson.noCoordinates");
        }
        List<List<GeoPoint>> parts = new ArrayList<>();
        switch (kind) {
            case POINT -> {
                requireType(feature, type, "Point");
                parts.add(List.of(position(feature, coordinates)));
            }
            case LINE -> {
                if (type.equals("LineString")) {
                    parts.add(line(feature, coordinates, 2));
                } else {
                    requireType(feature, type, "LineString", "MultiLineString");
                    for (JsonNode line : coordinates) {
                        parts.add(line(feature, line, 2));
                    }
                }
            }
            case POLYGON -> {
                if (type.equals("Polygon")) {
                    addRings(feature, coordinates, parts);
                } else {
                    requireType(feature, type, "Polygon", "MultiPolygon");
                    for (JsonNode polygon : coordinates) {
                        addRings(feature, polygon, parts);
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            throw feature.fault("data.geojson.emptyGeometry");
        }
        return parts;
    }

    private static void requireType(EntryReader feature, String type, String... allowed) throws DataException {
        if (!List.of(allowed).contains(type)) {
            throw feature.fault(Messages.perLanguage("data.geojson.wrongType", type,
                    Messages.joined(List.of(allowed), "data.list.or")));
        }
    }

    private static void addRings(EntryReader feature, JsonNode polygon, List<List<GeoPoint>> parts)
            throws DataException {
        if (!polygon.isArray() || polygon.isEmpty()) {
            throw feature.fault("data.geojson.noRings");
        }
        for (JsonNode ring : polygon) {
            List<GeoPoint> points = line(feature, ring, 4);
            if (!points.get(0).equals(points.get(points.size() - 1))) {
                throw feature.fault("data.geojson.ringOpen");
            }
            parts.add(points);
        }
    }

    private static List<GeoPoint> line(EntryReader feature, JsonNode positions, int minimum) throws DataException {
        if (!positions.isArray() || positions.size() < minimum) {
            throw feature.fault("data.geojson.fewPoints", String.valueOf(minimum));
        }
        List<GeoPoint> points = new ArrayList<>(positions.size());
        for (JsonNode position : positions) {
            points.add(position(feature, position));
        }
        return points;
    }

    private static GeoPoint position(EntryReader feature, JsonNode position) throws DataException {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw feature.fault("data.geojson.notPosition");
        }
        double lon = position.get(0).doubleValue();
        double lat = position.get(1).doubleValue();
        if (!(lon >= -180 && lon <= 180)) {
            throw feature.fault("data.geojson.longitude", String.valueOf(lon));
        }
        if (!(lat >= -WebMercator.MAX_LATITUDE && lat <= WebMercator.MAX_LATITUDE)) {
            throw feature.fault("data.geojson.latitude", String.valueOf(lat));
        }
        return new GeoPoint(lon, lat);
    }

    private static WorldGeometry project(WorldGeometry.Kind kind, List<List<GeoPoint>> parts) {
        List<double[]> projected = new ArrayList<>(parts.size());
        for (List<GeoPoint> part : parts) {
            double[] xy = new double[part.size() * 2];
            for (int i = 0; i < part.size(); i++) {
                xy[2 * i] = WebMercator.worldX(part.get(i).lon());
                xy[2 * i + 1] = WebMercator.worldY(part.get(i).lat());
            }
            projected.add(xy);
        }
        return WorldGeometry.of(kind, projected);
    }
}
