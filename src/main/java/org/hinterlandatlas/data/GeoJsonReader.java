// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.geo.WorldGeometry;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.words.Messages;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads a GeoJSON FeatureCollection of one layer, checking the layer name, each feature's id, its geometry
 * type, every coordinate, the number of points (per feature and per layer, {@link DataLimits}) and that
 * every polygon is valid (JTS {@link IsValidOp}: no ring crossing itself or another, none without area),
 * and projects the geometry into world coordinates.
 */
final class GeoJsonReader {

    /** A feature as read: its properties (with the id) and its geometry, raw and projected. */
    record Feature(EntryReader properties, List<List<GeoPoint>> parts, WorldGeometry geometry) {
    }

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

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
        Points layerPoints = new Points(rootReader, DataLimits.VERTICES_PER_LAYER, "data.limit.layerVertices");
        int index = 0;
        for (JsonNode feature : features) {
            index++;
            json.checkTime(path);
            if (!feature.isObject()) {
                throw new EntryReader(path, "#" + index, feature).fault("data.geojson.noProperties");
            }
            JsonNode properties = feature.get("properties");
            if (properties == null || !properties.isObject()) {
                throw new EntryReader(path, "#" + index, feature).fault("data.geojson.noProperties");
            }
            EntryReader reader = EntryReader.identified(path, "#" + index, properties);
            if (!ids.add(reader.entry())) {
                throw reader.fault("data.entry.duplicateId");
            }
            List<List<GeoPoint>> parts = geometry(reader, feature.get("geometry"), kind,
                    new Points(reader, DataLimits.VERTICES_PER_GEOMETRY, "data.limit.vertices"));
            layerPoints.add(parts.stream().mapToInt(List::size).sum());
            result.add(new Feature(reader, parts, project(kind, parts)));
        }
        return new Collection(rootReader, result);
    }

    /** Counts the points of a feature or a layer against their limit, before they are read. */
    private static final class Points {
        private final EntryReader owner;
        private final int limit;
        private final String key;
        private long count;

        Points(EntryReader owner, int limit, String key) {
            this.owner = owner;
            this.limit = limit;
            this.key = key;
        }

        void add(int points) throws DataException {
            count += points;
            if (count > limit) {
                throw owner.fault(key, String.valueOf(limit));
            }
        }
    }

    private static List<List<GeoPoint>> geometry(EntryReader feature, JsonNode geometry, WorldGeometry.Kind kind,
                                                 Points points) throws DataException {
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
                points.add(1);
                parts.add(List.of(position(feature, coordinates)));
            }
            case LINE -> {
                if (type.equals("LineString")) {
                    parts.add(line(feature, coordinates, 2, points));
                } else {
                    requireType(feature, type, "LineString", "MultiLineString");
                    for (JsonNode line : coordinates) {
                        parts.add(line(feature, line, 2, points));
                    }
                }
            }
            case POLYGON -> {
                if (type.equals("Polygon")) {
                    addRings(feature, coordinates, parts, points);
                } else {
                    requireType(feature, type, "Polygon", "MultiPolygon");
                    for (JsonNode polygon : coordinates) {
                        addRings(feature, polygon, parts, points);
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

    private static void addRings(EntryReader feature, JsonNode polygon, List<List<GeoPoint>> parts, Points count)
            throws DataException {
        if (!polygon.isArray() || polygon.isEmpty()) {
            throw feature.fault("data.geojson.noRings");
        }
        List<List<GeoPoint>> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            List<GeoPoint> points = line(feature, ring, 4, count);
            if (!points.get(0).equals(points.get(points.size() - 1))) {
                throw feature.fault("data.geojson.ringOpen");
            }
            rings.add(points);
        }
        requireValid(feature, rings);
        parts.addAll(rings);
    }

    /** A polygon (its shell, then its holes) must be valid, or the painter's fill and hit test would guess. */
    private static void requireValid(EntryReader feature, List<List<GeoPoint>> rings) throws DataException {
        LinearRing[] linear = new LinearRing[rings.size()];
        for (int i = 0; i < linear.length; i++) {
            Coordinate[] coordinates = rings.get(i).stream().map(p -> new Coordinate(p.lon(), p.lat()))
                    .toArray(Coordinate[]::new);
            if (Area.ofRing(coordinates) == 0 && collinear(coordinates)) {
                // a ring whose points all lie on one line encloses nothing to fill or to hit
                throw feature.fault(Messages.perLanguage("data.geojson.invalid",
                        Messages.bilingual("data.geojson.invalid.degenerate"), coordinates[0].x, coordinates[0].y));
            }
            linear[i] = GEOMETRIES.createLinearRing(coordinates);
        }
        Polygon polygon = GEOMETRIES.createPolygon(linear[0], Arrays.copyOfRange(linear, 1, linear.length));
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            throw feature.fault(Messages.perLanguage("data.geojson.invalid", invalidity(error.getErrorType()),
                    at == null ? "?" : at.x, at == null ? "?" : at.y));
        }
    }

    private static boolean collinear(Coordinate[] ring) {
        Coordinate a = ring[0];
        Coordinate b = Arrays.stream(ring).filter(c -> !c.equals2D(a)).findFirst().orElse(a);
        return Arrays.stream(ring).allMatch(c -> Orientation.index(a, b, c) == Orientation.COLLINEAR);
    }

    private static Bilingual invalidity(int type) {
        return Messages.bilingual(switch (type) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION,
                 TopologyValidationError.NESTED_SHELLS, TopologyValidationError.DUPLICATE_RINGS ->
                    "data.geojson.invalid.selfIntersection";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "data.geojson.invalid.holeOutside";
            case TopologyValidationError.NESTED_HOLES -> "data.geojson.invalid.nestedHoles";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "data.geojson.invalid.disconnected";
            case TopologyValidationError.TOO_FEW_POINTS, TopologyValidationError.REPEATED_POINT ->
                    "data.geojson.invalid.tooFewPoints";
            case TopologyValidationError.RING_NOT_CLOSED -> "data.geojson.invalid.notClosed";
            default -> "data.geojson.invalid.other";
        });
    }

    private static List<GeoPoint> line(EntryReader feature, JsonNode positions, int minimum, Points count)
            throws DataException {
        if (!positions.isArray() || positions.size() < minimum) {
            throw feature.fault("data.geojson.fewPoints", String.valueOf(minimum));
        }
        count.add(positions.size());
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
