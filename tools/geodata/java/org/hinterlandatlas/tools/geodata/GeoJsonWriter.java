// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a base layer file byte-for-byte reproducibly: fixed member order, one feature per line (so
 * diffs of regenerated data stay readable), coordinates rounded to 5 decimals, RFC 7946 ring
 * orientation (shells counter-clockwise), no timestamps. The file is written next to its target and
 * moved into place so a failed run never leaves a half-written layer behind.
 */
final class GeoJsonWriter {
    private final ObjectMapper mapper = new ObjectMapper();

    /** Writes the file and returns its size in bytes. */
    long write(Path file, String layer, String band, List<String> citationSources, List<OutFeature> features)
            throws IOException {
        StringBuilder sb = new StringBuilder(1 << 20);
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("type", "FeatureCollection");
        head.put("layer", layer);
        head.put("band", band);
        head.put("citations", citationSources.stream().map(s -> Map.of("source", s)).toList());
        String headJson = json(head);
        sb.append(headJson, 0, headJson.length() - 1).append(",\"features\":[\n");
        for (int i = 0; i < features.size(); i++) {
            OutFeature f = features.get(i);
            sb.append("{\"type\":\"Feature\",\"properties\":").append(json(f.properties()))
                    .append(",\"geometry\":");
            // Canonical form (rings start at their lowest vertex, parts sorted): some JTS steps
            // (polygonizer, line merger) pick start points in an order that is not guaranteed to be
            // stable between JVM runs, and the file must be.
            geometry(sb, f.geometry().norm());
            sb.append('}').append(i + 1 < features.size() ? ",\n" : "\n");
        }
        sb.append("]}\n");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return bytes.length;
    }

    private String json(Object value) throws JsonProcessingException {
        return mapper.writeValueAsString(value);
    }

    private static void geometry(StringBuilder sb, Geometry g) {
        if (g instanceof MultiPolygon mp) {
            sb.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                polygon(sb, (Polygon) mp.getGeometryN(i));
            }
            sb.append("]}");
        } else if (g instanceof MultiLineString ml) {
            sb.append("{\"type\":\"MultiLineString\",\"coordinates\":[");
            for (int i = 0; i < ml.getNumGeometries(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                ring(sb, ((LineString) ml.getGeometryN(i)).getCoordinates(), false, false);
            }
            sb.append("]}");
        } else {
            throw new IllegalArgumentException("only MultiPolygon and MultiLineString are written, got "
                    + g.getGeometryType());
        }
    }

    private static void polygon(StringBuilder sb, Polygon p) {
        sb.append('[');
        ring(sb, p.getExteriorRing().getCoordinates(), true, true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            sb.append(',');
            ring(sb, p.getInteriorRingN(i).getCoordinates(), true, false);
        }
        sb.append(']');
    }

    private static void ring(StringBuilder sb, Coordinate[] cs, boolean isRing, boolean ccw) {
        boolean reverse = isRing && Orientation.isCCW(cs) != ccw;
        sb.append('[');
        for (int k = 0; k < cs.length; k++) {
            Coordinate c = cs[reverse ? cs.length - 1 - k : k];
            if (k > 0) {
                sb.append(',');
            }
            sb.append('[').append(number(c.x)).append(',').append(number(c.y)).append(']');
        }
        sb.append(']');
    }

    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(5, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }
}
