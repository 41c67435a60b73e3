// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The partition of one band as a network of boundary chains, simplified once and shared by all
 * polygon and line layers of that band.
 *
 * <p>Simplifying each polygon on its own would move a shared edge differently on each side (slivers
 * and double lines). Instead the boundaries of all units are noded into chains that run from node to
 * node (a node is where three or more units meet), each chain is labelled with the units on its left
 * and right, and the chains are simplified together with JTS's {@link TopologyPreservingSimplifier},
 * which keeps chain end points and prevents chains from crossing or jumping over each other. Every
 * polygon (a unit, a province, China, the economic circle) is then rebuilt by polygonizing exactly
 * the chains that separate it from its surroundings, and every boundary line layer is a selection of
 * the same chains, so all layers of a band coincide vertex for vertex.
 */
final class BoundaryNetwork {
    /** A chain with the indexes of the units on its left and right (-1 = no unit: sea or outside). */
    record Chain(LineString line, int left, int right) {
    }

    private final List<Unit> units;
    private final List<Chain> chains;

    private BoundaryNetwork(List<Unit> units, List<Chain> chains) {
        this.units = units;
        this.chains = chains;
    }

    /**
     * Builds the band's network: drops parts and holes below the band's size threshold (except
     * parts {@code keepTiny} accepts), nodes the boundaries, labels and simplifies the chains.
     */
    static BoundaryNetwork build(List<Unit> fullUnits, Band band, java.util.function.BiPredicate<Unit, Polygon> keepTiny) {
        List<Unit> units = new ArrayList<>();
        List<LineString> rings = new ArrayList<>();
        for (Unit u : fullUnits) {
            Geometry g = Geo.dropSmallParts(u.geometry(), band.minPartArea(), p -> keepTiny.test(u, p));
            units.add(u.withGeometry(g));
            for (Polygon p : Geo.polygons(g)) {
                rings.add(Geo.FACTORY.createLineString(p.getExteriorRing().getCoordinateSequence()));
                for (int i = 0; i < p.getNumInteriorRing(); i++) {
                    rings.add(Geo.FACTORY.createLineString(p.getInteriorRingN(i).getCoordinateSequence()));
                }
            }
        }
        Geometry noded = UnaryUnionNG.union(Geo.toMultiLineString(rings), Geo.GRID);
        List<LineString> raw = ChainBuilder.chains(Geo.lines(noded));
        int[][] sides = label(units, raw);
        Geometry simplified = TopologyPreservingSimplifier.simplify(Geo.toMultiLineString(raw), band.tolerance);
        List<LineString> out = Geo.lines(simplified);
        if (out.size() != raw.size()) {
            throw new IllegalStateException("simplifier changed the number of chains: " + raw.size() + " -> " + out.size());
        }
        List<Chain> chains = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            chains.add(new Chain(out.get(i), sides[i][0], sides[i][1]));
        }
        return new BoundaryNetwork(units, chains);
    }

    List<Unit> units() {
        return units;
    }

    /** The polygon covered by the units {@code member} accepts, rebuilt from the simplified chains. */
    MultiPolygon polygon(IntPredicate member) {
        Polygonizer polygonizer = new Polygonizer(true);
        boolean any = false;
        for (Chain c : chains) {
            if (in(member, c.left()) != in(member, c.right())) {
                polygonizer.add(c.line());
                any = true;
            }
        }
        if (!any) {
            return Geo.FACTORY.createMultiPolygon();
        }
        return Geo.toMultiPolygon(polygonizer.getGeometry());
    }

    /** The chains whose two sides {@code separates} accepts (both sides are units). */
    List<LineString> lines(java.util.function.BiPredicate<Unit, Unit> separates) {
        List<LineString> out = new ArrayList<>();
        for (Chain c : chains) {
            if (c.left() >= 0 && c.right() >= 0 && separates.test(units.get(c.left()), units.get(c.right()))) {
                out.add(c.line());
            }
        }
        return out;
    }

    private static boolean in(IntPredicate member, int unit) {
        return unit >= 0 && member.test(unit);
    }

    /**
     * Finds the units on both sides of each chain. Noding snaps vertices by up to half a grid cell, so
     * the chains are not exactly on the units' own edges; the chains are therefore first polygonized
     * into faces, each face is given the unit that contains its interior point, and each chain takes
     * the faces just off the middle of its longest segment (1e-7° away, far below the 1e-5° grid, so
     * the probe cannot reach past a neighbouring edge of the same network).
     */
    private static int[][] label(List<Unit> units, List<LineString> chains) {
        Polygonizer polygonizer = new Polygonizer(false);
        chains.forEach(polygonizer::add);
        List<Polygon> faces = new ArrayList<>();
        for (Object o : polygonizer.getPolygons()) {
            faces.add((Polygon) o);
        }
        Locator unitLocator = new Locator(units.stream().map(Unit::geometry).toList());
        int[] faceUnit = new int[faces.size()];
        for (int f = 0; f < faces.size(); f++) {
            faceUnit[f] = unitLocator.locate(faces.get(f).getInteriorPoint().getCoordinate());
        }
        Locator faceLocator = new Locator(faces);
        int[][] sides = new int[chains.size()][];
        for (int k = 0; k < chains.size(); k++) {
            Coordinate[] cs = chains.get(k).getCoordinates();
            int longest = 0;
            for (int i = 1; i + 1 < cs.length; i++) {
                if (cs[i].distance(cs[i + 1]) > cs[longest].distance(cs[longest + 1])) {
                    longest = i;
                }
            }
            Coordinate a = cs[longest];
            Coordinate b = cs[longest + 1];
            double len = a.distance(b);
            double nx = -(b.y - a.y) / len * 1e-7;
            double ny = (b.x - a.x) / len * 1e-7;
            Coordinate mid = new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2);
            int left = faceLocator.locate(new Coordinate(mid.x + nx, mid.y + ny));
            int right = faceLocator.locate(new Coordinate(mid.x - nx, mid.y - ny));
            sides[k] = new int[] { left < 0 ? -1 : faceUnit[left], right < 0 ? -1 : faceUnit[right] };
        }
        return sides;
    }

    /** Point location in a list of disjoint polygonal geometries; answers the list index or -1. */
    private static final class Locator {
        private final List<? extends Geometry> geometries;
        private final STRtree tree = new STRtree();
        private final Map<Integer, IndexedPointInAreaLocator> locators = new HashMap<>();

        Locator(List<? extends Geometry> geometries) {
            this.geometries = geometries;
            for (int i = 0; i < geometries.size(); i++) {
                if (!geometries.get(i).isEmpty()) {
                    tree.insert(geometries.get(i).getEnvelopeInternal(), i);
                }
            }
        }

        int locate(Coordinate p) {
            List<Integer> hits = new ArrayList<>();
            for (Object o : tree.query(new org.locationtech.jts.geom.Envelope(p))) {
                hits.add((Integer) o);
            }
            Collections.sort(hits);
            for (int i : hits) {
                IndexedPointInAreaLocator l = locators.computeIfAbsent(i,
                        k -> new IndexedPointInAreaLocator(geometries.get(k)));
                if (l.locate(p) == Location.INTERIOR) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Splits noded linework into maximal chains between nodes (vertices of degree other than 2). */
    static final class ChainBuilder {
        private ChainBuilder() {
        }

        static List<LineString> chains(List<LineString> noded) {
            Map<Coordinate, List<Coordinate>> adjacent = new HashMap<>();
            Set<List<Coordinate>> edges = new HashSet<>();
            for (LineString l : noded) {
                Coordinate[] cs = l.getCoordinates();
                for (int i = 0; i + 1 < cs.length; i++) {
                    Coordinate a = cs[i];
                    Coordinate b = cs[i + 1];
                    if (a.equals2D(b) || !edges.add(key(a, b))) {
                        continue;
                    }
                    adjacent.computeIfAbsent(a, x -> new ArrayList<>()).add(b);
                    adjacent.computeIfAbsent(b, x -> new ArrayList<>()).add(a);
                }
            }
            List<Coordinate> vertices = new ArrayList<>(adjacent.keySet());
            Collections.sort(vertices);
            vertices.forEach(v -> Collections.sort(adjacent.get(v)));
            Set<List<Coordinate>> used = new HashSet<>();
            List<LineString> out = new ArrayList<>();
            for (Coordinate v : vertices) {
                if (adjacent.get(v).size() == 2) {
                    continue;
                }
                for (Coordinate next : adjacent.get(v)) {
                    if (!used.contains(key(v, next))) {
                        out.add(walk(v, next, adjacent, used));
                    }
                }
            }
            // What is left are rings without any node (islands, enclaves).
            for (Coordinate v : vertices) {
                for (Coordinate next : adjacent.get(v)) {
                    if (!used.contains(key(v, next))) {
                        out.add(walk(v, next, adjacent, used));
                    }
                }
            }
            return out;
        }

        private static LineString walk(Coordinate start, Coordinate next, Map<Coordinate, List<Coordinate>> adjacent,
                Set<List<Coordinate>> used) {
            List<Coordinate> path = new ArrayList<>();
            path.add(start);
            Coordinate prev = start;
            Coordinate cur = next;
            used.add(key(prev, cur));
            path.add(cur);
            while (adjacent.get(cur).size() == 2 && !cur.equals2D(start)) {
                List<Coordinate> nb = adjacent.get(cur);
                Coordinate following = nb.get(0).equals2D(prev) ? nb.get(1) : nb.get(0);
                if (used.contains(key(cur, following))) {
                    break;
                }
                used.add(key(cur, following));
                prev = cur;
                cur = following;
                path.add(cur);
            }
            return Geo.FACTORY.createLineString(path.toArray(new Coordinate[0]));
        }

        private static List<Coordinate> key(Coordinate a, Coordinate b) {
            return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
        }
    }
}
