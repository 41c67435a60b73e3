// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.util.List;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.geo.WorldGeometry;
import org.hinterlandatlas.model.GeoPoint;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

/**
 * Where a feature's name goes: inside the largest ring of an area (a bounding-box centre can fall outside
 * a crescent-shaped province), or at the middle vertex of the longest part of a line. Computed once, when
 * the data is loaded.
 */
final class LabelPoints {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private LabelPoints() {
    }

    static double[] of(WorldGeometry.Kind kind, List<List<GeoPoint>> parts) {
        List<GeoPoint> largest = parts.get(0);
        double largestSize = -1;
        for (List<GeoPoint> part : parts) {
            double size = kind == WorldGeometry.Kind.POLYGON ? Math.abs(Area.ofRing(coordinates(part))) : part.size();
            if (size > largestSize) {
                largest = part;
                largestSize = size;
            }
        }
        GeoPoint point = largest.get(largest.size() / 2);
        if (kind == WorldGeometry.Kind.POLYGON) {
            LinearRing ring = FACTORY.createLinearRing(coordinates(largest));
            Coordinate inside = InteriorPointArea.getInteriorPoint(FACTORY.createPolygon(ring));
            if (inside != null) {
                point = new GeoPoint(inside.x, inside.y);
            }
        }
        return new double[] {WebMercator.worldX(point.lon()), WebMercator.worldY(point.lat())};
    }

    private static Coordinate[] coordinates(List<GeoPoint> ring) {
        Coordinate[] coordinates = new Coordinate[ring.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(ring.get(i).lon(), ring.get(i).lat());
        }
        return coordinates;
    }
}
