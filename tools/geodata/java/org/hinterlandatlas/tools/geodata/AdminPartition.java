// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Builds the full-resolution planar partition from which every polygon layer is cut.
 *
 * <p>The sources draw shared edges differently (ECharts' country map vs its province maps vs Natural
 * Earth's outline), so each area is taken from exactly one source, in priority order:
 * <ol>
 * <li>Chongqing's districts, then Sichuan's prefectures (minus Chongqing), from the ECharts province
 *     maps — Sichuan and Chongqing are their dissolve;</li>
 * <li>the other provincial units from the ECharts country map, minus everything already taken — so
 *     their edges against Sichuan and Chongqing are exactly the prefecture edges (no double lines);</li>
 * <li>everything clipped to the Natural Earth derived outline, so coast and national border come
 *     from one source;</li>
 * <li>the gaps left inside the outline (slivers between the ECharts maps, NE coast and islands that
 *     ECharts lacks) are handed to a neighbour — see {@link #fillGaps}.</li>
 * </ol>
 * Neighbouring countries are NE admin-0 units minus the outline, so they meet China exactly.
 */
final class AdminPartition {
    /** Gap slivers are cut into cells of this size so a long sliver is shared among its neighbours. */
    private static final double GAP_CELL = 0.5;
    /** Islands south of this latitude that touch no unit belong to Hainan (三沙市). */
    private static final double SANSHA_NORTH_LIMIT = 20.0;
    private static final String HAINAN = "460000";

    private final Geometry outline;
    private final List<Unit> units = new ArrayList<>();
    private Geometry taken = Geo.FACTORY.createMultiPolygon();
    private final Map<Integer, IndexedFacetDistance> facetCache = new HashMap<>();

    AdminPartition(Geometry outline) {
        this.outline = outline;
    }

    Geometry outline() {
        return outline;
    }

    /** Adds a unit inside China; it receives only the part of its area not already taken. */
    void addChinaUnit(Unit.Kind kind, String code, String provinceCode, Name name, Geometry source) {
        Geometry g = Geo.difference(Geo.intersection(source, outline), taken);
        g = Geo.toMultiPolygon(g);
        taken = Geo.union(taken, g);
        units.add(new Unit(kind, code, provinceCode, name, g));
    }

    /**
     * Hands every gap inside the outline to a neighbour. Gaps are cut into {@value #GAP_CELL}° cells;
     * each piece goes to the unit it shares the longest edge with, preferring provincial units over
     * prefectures so Sichuan and Chongqing stay the dissolve of the ECharts prefectures wherever a
     * neighbour is available. Pieces touching nothing yet are retried after the first round has grown
     * the units; islands that never touch a unit go to the nearest unit (Hainan south of 20°N).
     */
    void fillGaps() {
        List<Polygon> pieces = new ArrayList<>();
        for (Polygon gap : Geo.polygons(Geo.difference(outline, taken))) {
            pieces.addAll(cut(gap));
        }
        for (int round = 0; round < 8 && !pieces.isEmpty(); round++) {
            STRtree index = index();
            List<List<Geometry>> additions = new ArrayList<>();
            units.forEach(u -> additions.add(new ArrayList<>()));
            List<Polygon> left = new ArrayList<>();
            for (Polygon piece : pieces) {
                int best = longestSharedEdge(piece, index, u -> u.kind() == Unit.Kind.PROVINCE);
                if (best < 0) {
                    best = longestSharedEdge(piece, index, u -> true);
                }
                if (best < 0) {
                    left.add(piece);
                } else {
                    additions.get(best).add(piece);
                }
            }
            boolean grew = merge(additions);
            pieces = left;
            if (!grew) {
                break;
            }
        }
        List<List<Geometry>> additions = new ArrayList<>();
        units.forEach(u -> additions.add(new ArrayList<>()));
        facetCache.clear();
        for (Polygon piece : pieces) {
            additions.get(nearest(piece)).add(piece);
        }
        merge(additions);
    }

    List<Unit> units() {
        return units;
    }

    private List<Polygon> cut(Polygon gap) {
        Envelope env = gap.getEnvelopeInternal();
        if (env.getWidth() <= GAP_CELL && env.getHeight() <= GAP_CELL) {
            return List.of(gap);
        }
        List<Polygon> out = new ArrayList<>();
        double x0 = Math.floor(env.getMinX() / GAP_CELL) * GAP_CELL;
        double y0 = Math.floor(env.getMinY() / GAP_CELL) * GAP_CELL;
        for (double x = x0; x < env.getMaxX(); x += GAP_CELL) {
            for (double y = y0; y < env.getMaxY(); y += GAP_CELL) {
                Geometry cell = Geo.FACTORY.toGeometry(new Envelope(x, x + GAP_CELL, y, y + GAP_CELL));
                out.addAll(Geo.polygons(Geo.intersection(gap, cell)));
            }
        }
        return out;
    }

    private STRtree index() {
        STRtree tree = new STRtree();
        for (int i = 0; i < units.size(); i++) {
            tree.insert(units.get(i).geometry().getEnvelopeInternal(), i);
        }
        return tree;
    }

    private int longestSharedEdge(Polygon piece, STRtree index, Predicate<Unit> eligible) {
        Envelope env = piece.getEnvelopeInternal();
        env.expandBy(1e-5);
        List<Integer> candidates = new ArrayList<>();
        for (Object o : index.query(env)) {
            candidates.add((Integer) o);
        }
        candidates.sort(Comparator.naturalOrder());
        int best = -1;
        double bestLength = 0;
        Geometry ring = piece.getBoundary();
        for (int i : candidates) {
            Unit u = units.get(i);
            if (!eligible.test(u)) {
                continue;
            }
            double shared = Geo.intersection(ring, u.geometry()).getLength();
            if (shared > bestLength) {
                bestLength = shared;
                best = i;
            }
        }
        return best;
    }

    private int nearest(Polygon piece) {
        Point c = piece.getCentroid();
        if (c.getY() < SANSHA_NORTH_LIMIT) {
            for (int i = 0; i < units.size(); i++) {
                if (units.get(i).code().equals(HAINAN)) {
                    return i;
                }
            }
        }
        // Units sorted by envelope distance; exact distances only while they can still win.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            order.add(i);
        }
        Envelope env = piece.getEnvelopeInternal();
        order.sort(Comparator.comparingDouble((Integer i) -> units.get(i).geometry().getEnvelopeInternal().distance(env))
                .thenComparing(Comparator.naturalOrder()));
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i : order) {
            Geometry g = units.get(i).geometry();
            if (g.isEmpty() || g.getEnvelopeInternal().distance(env) >= bestDistance) {
                continue;
            }
            double d = facets(i).distance(piece);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private IndexedFacetDistance facets(int unit) {
        return facetCache.computeIfAbsent(unit, i -> new IndexedFacetDistance(units.get(i).geometry()));
    }

    private boolean merge(List<List<Geometry>> additions) {
        boolean grew = false;
        for (int i = 0; i < units.size(); i++) {
            List<Geometry> add = additions.get(i);
            if (add.isEmpty()) {
                continue;
            }
            add.add(0, units.get(i).geometry());
            units.set(i, units.get(i).withGeometry(Geo.toMultiPolygon(Geo.unionAll(add))));
            grew = true;
        }
        return grew;
    }
}
