// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Geometry helpers shared by the derivation steps.
 *
 * <p>All overlay work runs with snap-rounding on a fixed 1e-5 degree grid (the precision of the
 * Natural Earth sources; the ECharts sources are on a coarser grid already). That makes every
 * overlay robust and, more importantly, makes vertices that two layers share bit-identical, which
 * the boundary network relies on.
 */
final class Geo {
    static final PrecisionModel GRID = new PrecisionModel(1e5);
    static final GeometryFactory FACTORY = new GeometryFactory(GRID);

    private Geo() {
    }

    /** Repairs invalid input and snaps it onto the working grid. */
    static Geometry clean(Geometry g) {
        Geometry fixed = g.isValid() ? g : GeometryFixer.fix(g);
        Geometry reduced = GeometryPrecisionReducer.reduce(fixed, GRID);
        return FACTORY.createGeometry(reduced);
    }

    static Geometry intersection(Geometry a, Geometry b) {
        return OverlayNG.overlay(a, b, OverlayNG.INTERSECTION, GRID);
    }

    static Geometry difference(Geometry a, Geometry b) {
        return OverlayNG.overlay(a, b, OverlayNG.DIFFERENCE, GRID);
    }

    static Geometry union(Geometry a, Geometry b) {
        return OverlayNG.overlay(a, b, OverlayNG.UNION, GRID);
    }

    static Geometry unionAll(Collection<Geometry> parts) {
        if (parts.isEmpty()) {
            return FACTORY.createMultiPolygon();
        }
        return UnaryUnionNG.union(FACTORY.buildGeometry(parts), GRID);
    }

    /** The polygonal parts of a geometry (overlay results can carry collapsed lines or points). */
    static List<Polygon> polygons(Geometry g) {
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) {
                out.add(p);
            } else if (part.getNumGeometries() > 1 || part instanceof MultiPolygon) {
                out.addAll(polygons(part));
            }
        }
        return out;
    }

    static List<LineString> lines(Geometry g) {
        List<LineString> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof LineString l && !l.isEmpty()) {
                out.add(l);
            } else if (part.getNumGeometries() > 1 || part instanceof MultiLineString) {
                out.addAll(lines(part));
            }
        }
        return out;
    }

    static MultiPolygon toMultiPolygon(Geometry g) {
        if (g instanceof MultiPolygon mp) {
            return mp;
        }
        return FACTORY.createMultiPolygon(polygons(g).toArray(new Polygon[0]));
    }

    static MultiLineString toMultiLineString(Collection<LineString> lines) {
        return FACTORY.createMultiLineString(lines.toArray(new LineString[0]));
    }

    /**
     * Drops polygon parts and holes below {@code minArea}, except the largest part; parts accepted by {@code keep} survive
     * whatever their size (China's South China Sea islands must stay visible in every band).
     */
    static Geometry dropSmallParts(Geometry g, double minArea, java.util.function.Predicate<Polygon> keep) {
        List<Polygon> kept = new ArrayList<>();
        List<Polygon> parts = polygons(g);
        // The largest part always stays, so small units (Macao, Singapore, 渝中区) never vanish.
        Polygon largest = parts.stream().max(java.util.Comparator.comparingDouble(Polygon::getArea)).orElse(null);
        for (Polygon p : parts) {
            if (p != largest && p.getArea() < minArea && !keep.test(p)) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                LinearRing hole = p.getInteriorRingN(i);
                if (FACTORY.createPolygon(hole).getArea() >= minArea) {
                    holes.add(hole);
                }
            }
            kept.add(FACTORY.createPolygon(p.getExteriorRing(), holes.toArray(new LinearRing[0])));
        }
        return FACTORY.createMultiPolygon(kept.toArray(new Polygon[0]));
    }
}
