// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The {@code lakes} layer: named NE 10m lakes that lie in or touch China. Border lakes (兴凯湖,
 * 贝尔湖, 班公错) are kept whole; the countries layer is drawn under them.
 */
final class Lakes {
    private final Map<String, Geometry> lakes = new TreeMap<>();
    private final Map<String, LakeNames.Lake> names = new TreeMap<>();

    Lakes(List<SourceFeature> source, Geometry outline) {
        PreparedGeometry china = PreparedGeometryFactory.prepare(outline);
        Set<String> seen = new TreeSet<>();
        for (SourceFeature f : source) {
            LakeNames.Lake lake = LakeNames.lookup(f.text("name"));
            if (lake == null) {
                continue;
            }
            seen.add(f.text("name"));
            Geometry g = Geo.clean(f.geometry());
            if (!china.intersects(g)) {
                continue;
            }
            lakes.merge(lake.id(), g, Geo::union);
            names.put(lake.id(), lake);
        }
        Set<String> missing = new TreeSet<>(LakeNames.neNames());
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("lake names tabled but not in the NE source: " + missing);
        }
    }

    List<OutFeature> features(Band band) {
        List<OutFeature> out = new ArrayList<>();
        for (Map.Entry<String, Geometry> e : lakes.entrySet()) {
            Geometry g = TopologyPreservingSimplifier.simplify(e.getValue(), band.tolerance);
            g = Geo.dropSmallParts(g, band.minPartArea(), p -> false);
            if (!g.isValid()) {
                g = Geo.clean(GeometryFixer.fix(g));
            }
            if (g.isEmpty()) {
                continue;
            }
            LakeNames.Lake lake = names.get(e.getKey());
            out.add(OutFeature.of(lake.id(), lake.name().zh(), lake.name().en(), Geo.toMultiPolygon(g)));
        }
        return out;
    }
}
