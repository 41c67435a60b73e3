// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the staged source GeoJSON into JTS geometries. jts-io is not on the classpath and the sources
 * only use (Multi)Polygon and (Multi)LineString, so this small reader is enough. Geometries are read
 * at full double precision; callers snap them to the working grid with {@link Geo#clean}.
 */
final class GeoJsonReader {
    private static final GeometryFactory RAW = new GeometryFactory();
    private final ObjectMapper mapper = new ObjectMapper();

    List<SourceFeature> read(Path file) throws IOException {
        JsonNode root = mapper.readTree(file.toFile());
        List<SourceFeature> out = new ArrayList<>();
        for (JsonNode f : root.get("features")) {
            JsonNode g = f.get("geometry");
            if (g == null || g.isNull()) {
                continue;
            }
            out.add(new SourceFeature(f.get("properties"), geometry(g, file)));
        }
        return out;
    }

    JsonNode readTree(Path file) throws IOException {
        return mapper.readTree(file.toFile());
    }

    private static Geometry geometry(JsonNode g, Path file) {
        String type = g.get("type").asText();
        JsonNode c = g.get("coordinates");
        switch (type) {
            case "Polygon":
                return polygon(c);
            case "MultiPolygon": {
                Polygon[] polys = new Polygon[c.size()];
                for (int i = 0; i < c.size(); i++) {
                    polys[i] = polygon(c.get(i));
                }
                return RAW.createMultiPolygon(polys);
            }
            case "LineString":
                return RAW.createLineString(coords(c));
            case "MultiLineString": {
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < c.size(); i++) {
                    lines[i] = RAW.createLineString(coords(c.get(i)));
                }
                return RAW.createMultiLineString(lines);
            }
            default:
                throw new IllegalArgumentException(file + ": unsupported geometry type " + type);
        }
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = RAW.createLinearRing(coords(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = RAW.createLinearRing(coords(rings.get(i)));
        }
        return RAW.createPolygon(shell, holes);
    }

    private static Coordinate[] coords(JsonNode list) {
        Coordinate[] out = new Coordinate[list.size()];
        for (int i = 0; i < list.size(); i++) {
            out[i] = new Coordinate(list.get(i).get(0).asDouble(), list.get(i).get(1).asDouble());
        }
        return out;
    }
}
