// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Cuts the polygon and boundary-line layers of one band out of its {@link BoundaryNetwork}:
 * countries, china, provinces, province-lines, prefectures, prefecture-lines and circle.
 */
final class AdminLayers {
    private final BoundaryNetwork network;
    private final List<Unit> units;

    AdminLayers(BoundaryNetwork network) {
        this.network = network;
        this.units = network.units();
    }

    List<OutFeature> countries() {
        List<OutFeature> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.kind() != Unit.Kind.COUNTRY) {
                continue;
            }
            final int index = i;
            MultiPolygon g = require(network.polygon(k -> k == index), u.code());
            if (g.isEmpty()) {
                continue;
            }
            out.add(OutFeature.of(u.code(), u.name().zh(), u.name().en(), g));
        }
        out.sort(Comparator.comparing(OutFeature::id));
        return out;
    }

    List<OutFeature> china() {
        return List.of(OutFeature.of("china", "中国", "China",
                require(network.polygon(k -> units.get(k).inChina()), "china")));
    }

    List<OutFeature> provinces() {
        Set<String> codes = new TreeSet<>();
        units.stream().filter(Unit::inChina).forEach(u -> codes.add(u.provinceCode()));
        List<OutFeature> out = new ArrayList<>();
        for (String code : codes) {
            Name n = AdminNames.province(code);
            MultiPolygon g = require(network.polygon(k -> code.equals(units.get(k).provinceCode())), code);
            out.add(OutFeature.of("p" + code, n.zh(), n.en(), g).with("code", code));
        }
        return out;
    }

    List<OutFeature> prefectures() {
        List<OutFeature> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.kind() != Unit.Kind.PREFECTURE) {
                continue;
            }
            final int index = i;
            MultiPolygon g = require(network.polygon(k -> k == index), u.code());
            out.add(OutFeature.of("u" + u.code(), u.name().zh(), u.name().en(), g)
                    .with("code", u.code()).with("province_code", u.provinceCode()));
        }
        out.sort(Comparator.comparing(OutFeature::id));
        return out;
    }

    List<OutFeature> provinceLines() {
        List<LineString> lines = network.lines((a, b) -> a.inChina() && b.inChina()
                && !a.provinceCode().equals(b.provinceCode()));
        return List.of(OutFeature.of("province-lines", "省级行政区界线", "Provincial boundaries", merged(lines)));
    }

    List<OutFeature> prefectureLines() {
        List<LineString> lines = network.lines((a, b) -> a.kind() == Unit.Kind.PREFECTURE
                && b.kind() == Unit.Kind.PREFECTURE && a.provinceCode().equals(b.provinceCode())
                && !a.code().equals(b.code()));
        return List.of(OutFeature.of("prefecture-lines", "市州、区县界线",
                "Prefecture and district boundaries (Sichuan, Chongqing)", merged(lines)));
    }

    List<OutFeature> circle(Set<String> members) {
        MultiPolygon g = require(network.polygon(k -> units.get(k).kind() == Unit.Kind.PREFECTURE
                && members.contains(units.get(k).code())), "circle");
        return List.of(OutFeature.of("circle", "成渝地区双城经济圈", "Chengdu–Chongqing Economic Circle", g));
    }

    /** Joins chains that continue each other (fewer, longer lines) in a fixed order. */
    private static Geometry merged(List<LineString> lines) {
        LineMerger merger = new LineMerger();
        lines.forEach(merger::add);
        List<LineString> out = new ArrayList<>();
        for (Object o : merger.getMergedLineStrings()) {
            LineString l = (LineString) o;
            out.add(l.getCoordinateN(0).compareTo(l.getCoordinateN(l.getNumPoints() - 1)) <= 0 ? l : l.reverse());
        }
        out.sort(Comparator.comparing((LineString l) -> l.getCoordinateN(0))
                .thenComparing(l -> l.getCoordinateN(1)));
        return Geo.toMultiLineString(out);
    }

    private static MultiPolygon require(MultiPolygon g, String what) {
        if (!g.isValid()) {
            throw new IllegalStateException(what + ": rebuilt polygon is invalid");
        }
        return g;
    }
}
