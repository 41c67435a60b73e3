// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The {@code rivers} layer: NE 10m rivers we can name, merged per river, clipped to China's outline
 * plus a margin, and simplified per band. Rivers are not part of the boundary network (nothing has to
 * meet them), so plain Douglas–Peucker is enough.
 */
final class Rivers {
    /** Rivers are kept this far (degrees) beyond the outline so border rivers do not stop dead. */
    private static final double MARGIN = 0.2;

    /**
     * NE "Tuo" (rivernum 1087) starts at 103.53E 33.07N: down to Dujiangyan it is the upper Min; from
     * Dujiangyan to Jintang it follows the irrigation channels across the Chengdu plain; only from
     * Jintang (金堂, where 湔江, 石亭江 and 毗河 join) down to Luzhou is it the Tuo proper.
     */
    private static final Coordinate TUO_START = new Coordinate(103.53053, 33.06749);
    private static final Coordinate DUJIANGYAN = new Coordinate(103.634, 31.007);
    private static final Coordinate JINTANG = new Coordinate(104.422, 30.869);

    private record River(RiverNames.River name, double scalerank, Geometry lines) {
        int rank() {
            return scalerank <= 3 ? 1 : scalerank <= 6 ? 2 : 3;
        }
    }

    private final List<River> rivers = new ArrayList<>();

    Rivers(List<SourceFeature> source, Geometry outline) {
        Geometry zone = DouglasPeuckerSimplifier.simplify(outline, 0.02).buffer(MARGIN);
        PreparedGeometry china = PreparedGeometryFactory.prepare(outline);
        Map<String, List<LineString>> parts = new TreeMap<>();
        Map<String, Double> scalerank = new TreeMap<>();
        Map<String, RiverNames.River> names = new TreeMap<>();
        for (SourceFeature f : source) {
            int rivernum = (int) f.number("rivernum");
            RiverNames.River r = RiverNames.lookup(rivernum, f.text("name"));
            if (r == null) {
                continue;
            }
            Geometry g = Geo.clean(f.geometry());
            if (rivernum == RiverNames.TUO_WITH_UPPER_MIN) {
                LineString[] split = splitTuo(g);
                add(parts, scalerank, names, RiverNames.upperMin(), split[0], f.number("scalerank"));
                add(parts, scalerank, names, r, split[1], f.number("scalerank"));
            } else {
                for (LineString l : Geo.lines(g)) {
                    add(parts, scalerank, names, r, l, f.number("scalerank"));
                }
            }
        }
        for (Map.Entry<String, List<LineString>> e : parts.entrySet()) {
            Geometry all = Geo.toMultiLineString(e.getValue());
            if (!china.intersects(all)) {
                continue;
            }
            Geometry clipped = Geo.intersection(all, zone);
            LineMerger merger = new LineMerger();
            merger.add(clipped);
            List<LineString> merged = new ArrayList<>();
            for (Object o : merger.getMergedLineStrings()) {
                merged.add((LineString) o);
            }
            merged.sort(Comparator.comparing((LineString l) -> l.getCoordinateN(0))
                    .thenComparing(l -> l.getCoordinateN(l.getNumPoints() - 1)));
            rivers.add(new River(names.get(e.getKey()), scalerank.get(e.getKey()), Geo.toMultiLineString(merged)));
        }
        rivers.sort(Comparator.comparingInt(River::rank).thenComparing(r -> r.name().id()));
    }

    private static void add(Map<String, List<LineString>> parts, Map<String, Double> scalerank,
            Map<String, RiverNames.River> names, RiverNames.River r, LineString l, double rank) {
        parts.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(l);
        scalerank.merge(r.id(), rank, Math::min);
        names.put(r.id(), r);
    }

    /** Returns {upper Min, Tuo}; the plain section between them is left out (see class comment). */
    private static LineString[] splitTuo(Geometry g) {
        List<LineString> lines = Geo.lines(g);
        if (lines.size() != 1 || !lines.get(0).getCoordinateN(0).equals2D(TUO_START)) {
            throw new IllegalStateException("NE 'Tuo' no longer starts at 103.53053E 33.06749N; check the Tuo/Min fix");
        }
        Coordinate[] cs = lines.get(0).getCoordinates();
        int dujiangyan = nearest(cs, DUJIANGYAN);
        int jintang = nearest(cs, JINTANG);
        if (!(0 < dujiangyan && dujiangyan < jintang && jintang < cs.length - 1)) {
            throw new IllegalStateException("unexpected course of NE 'Tuo'");
        }
        return new LineString[] {
            Geo.FACTORY.createLineString(Arrays.copyOfRange(cs, 0, dujiangyan + 1)),
            Geo.FACTORY.createLineString(Arrays.copyOfRange(cs, jintang, cs.length)) };
    }

    private static int nearest(Coordinate[] cs, Coordinate p) {
        int best = 0;
        for (int i = 1; i < cs.length; i++) {
            if (cs[i].distance(p) < cs[best].distance(p)) {
                best = i;
            }
        }
        if (cs[best].distance(p) > 0.02) {
            throw new IllegalStateException("NE 'Tuo' does not pass " + p);
        }
        return best;
    }

    List<OutFeature> features(Band band) {
        List<OutFeature> out = new ArrayList<>();
        for (River r : rivers) {
            List<LineString> lines = new ArrayList<>();
            for (LineString l : Geo.lines(r.lines())) {
                LineString s = (LineString) DouglasPeuckerSimplifier.simplify(l, band.tolerance);
                if (!s.isEmpty() && s.getLength() >= band.tolerance) {
                    lines.add(s);
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            out.add(OutFeature.of(r.name().id(), r.name().name().zh(), r.name().name().en(), Geo.toMultiLineString(lines))
                    .with("rank", r.rank()));
        }
        return out;
    }
}
