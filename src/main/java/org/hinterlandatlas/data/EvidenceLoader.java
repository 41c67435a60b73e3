// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.Claim;
import org.hinterlandatlas.model.ClaimKind;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.MeasureSite;
import org.hinterlandatlas.model.NamedView;
import org.hinterlandatlas.model.PathMeasure;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.Precision;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.model.Qualifier;
import org.hinterlandatlas.model.ShareConsistency;
import org.hinterlandatlas.model.StatUnit;
import org.hinterlandatlas.model.Statistic;
import org.hinterlandatlas.model.ThinkingMode;
import org.hinterlandatlas.model.YearBasis;
import org.hinterlandatlas.words.Messages;

/**
 * Loads the evidence of §三 and §四 — key figures, Table 2, strengths and weak links, paths — and checks it
 * against the rest of the content: numbers parse, units are known, Table 2's shares agree with its counts,
 * every item has a source, and every feature it names exists.
 */
final class EvidenceLoader {

    static final String FIGURES = "content/key-figures.json";
    static final String TABLE2 = "content/table2.json";
    static final String CLAIMS = "content/claims.json";
    static final String PATHS = "content/paths.json";

    /** A count as Table 2 prints it: digits in groups of three separated by a space, or a dash for none. */
    private static final Pattern PRINTED_COUNT = Pattern.compile("\\d{1,3}( \\d{3})*");
    private static final String NO_FIGURE = "—";
    private static final Pattern PRINTED_SHARE = Pattern.compile("(\\d{1,3}(\\.\\d+)?)%");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The content the evidence refers to, loaded and checked before it. */
    record Known(Set<String> sources, List<Place> places, Set<FeatureRef> features, List<CityCluster> clusters,
                 List<NamedView> views) {
    }

    private final JsonFiles json;
    private final Known known;
    /** The states that keep the map of the step before on purpose, and why. */
    private final Map<String, Bilingual> keptMaps = new LinkedHashMap<>();
    private final Map<String, EntryReader> figureEntries = new HashMap<>();

    EvidenceLoader(JsonFiles json, Known known) {
        this.json = json;
        this.known = known;
    }

    Evidence load() throws DataException {
        List<Claim> claims = claims();
        ProjectTable table = table2();
        List<Statistic> figures = figures(claims);
        Map<String, MapState> figureStates = new LinkedHashMap<>();
        for (Statistic figure : figures) {
            EntryReader entry = figureEntries.get(figure.id());
            if (figure.about().isEmpty() && entry.has("map")) {
                throw entry.fault("data.evidence.mapWithoutAbout");
            }
            if (!figure.about().isEmpty()) {
                figureStates.put(figure.id(), entry.has("map")
                        ? state(entry, figureStateId(figure), figure.label(), new LinkedHashSet<>(figure.about()))
                        : figureState(figure));
            }
        }
        List<FeatureRef> compared = new ArrayList<>();
        table.clusters().forEach(b -> compared.add(new FeatureRef(FeatureRef.Kind.CLUSTER, b.clusterId())));
        NamedView national = view(TABLE2, table.id(), "national");
        MapState tableState = new MapState(Evidence.STATE_PREFIX + table.id(), table.title(), national.southWest(),
                national.northEast(), MapLayerId.defaults(), Set.copyOf(compared));
        List<ThinkingMode> paths = paths();
        return new Evidence(figures, figureStates, table, tableState, claims, paths, keptMaps);
    }

    // ---- key figures

    private List<Statistic> figures(List<Claim> claims) throws DataException {
        Set<String> strengths = new HashSet<>();
        claims.stream().filter(c -> c.kind() == ClaimKind.STRENGTH).forEach(c -> strengths.add(c.id()));
        List<Statistic> figures = new ArrayList<>();
        for (EntryReader f : list(FIGURES, json.read(FIGURES), "figures")) {
            String strength = f.text("strength");
            if (!strengths.contains(strength)) {
                throw f.fault("data.evidence.notStrength", strength, CLAIMS);
            }
            StatUnit unit = f.choice("unit", StatUnit.class);
            BigDecimal value = number(f, "value");
            if (unit == StatUnit.PERCENT && value.compareTo(HUNDRED) > 0) {
                throw f.fault("data.evidence.percentAbove", value.toPlainString());
            }
            if (value.compareTo(BigDecimal.valueOf(DataLimits.FIGURE_VALUE.max())) > 0) {
                throw f.fault("data.limit.range", "value", value.toPlainString(), DataLimits.FIGURE_VALUE.minText(),
                        DataLimits.FIGURE_VALUE.maxText());
            }
            figureEntries.put(f.entry(), f);
            int year = integer(f, "year", DataLimits.STATISTIC_YEAR);
            int figure = f.has("figure") ? integer(f, "figure", DataLimits.FIGURE_NUMBER) : 0;
            figures.add(new Statistic(f.entry(), strength, f.bilingual("label_zh", "label_en"), value, unit,
                    f.choice("qualifier", Qualifier.class), year, f.choice("year_basis", YearBasis.class), figure,
                    features(f, f.has("about") ? f.texts("about") : List.of()), citations(f)));
        }
        return figures;
    }

    /** A figure about places within the circle view is shown there; anything wider on the national view. */
    private MapState figureState(Statistic figure) throws DataException {
        NamedView circle = view(FIGURES, figure.id(), "circle");
        boolean local = figure.about().stream().allMatch(ref -> ref.kind() == FeatureRef.Kind.PLACE
                && known.places().stream().anyMatch(p -> p.id().equals(ref.id()) && inside(circle, p.location())));
        NamedView view = local ? circle : view(FIGURES, figure.id(), "national");
        return new MapState(figureStateId(figure), figure.label(), view.southWest(),
                view.northEast(), MapLayerId.defaults(), Set.copyOf(figure.about()));
    }

    private static String figureStateId(Statistic figure) {
        return Evidence.STATE_PREFIX + "figure-" + figure.id();
    }

    private static boolean inside(NamedView view, GeoPoint point) {
        return point.lon() >= view.southWest().lon() && point.lon() <= view.northEast().lon()
                && point.lat() >= view.southWest().lat() && point.lat() <= view.northEast().lat();
    }

    // ---- Table 2

    private ProjectTable table2() throws DataException {
        EntryReader t = EntryReader.identified(TABLE2, "", json.read(TABLE2));
        List<ProjectTable.Industry> industries = new ArrayList<>();
        for (EntryReader i : list(TABLE2, t.node(), "industries")) {
            industries.add(new ProjectTable.Industry(i.entry(), i.name()));
        }
        List<ProjectTable.Block> blocks = new ArrayList<>();
        Set<String> provinces = new HashSet<>();
        for (EntryReader b : list(TABLE2, t.node(), "clusters", "cluster")) {
            CityCluster cluster = known.clusters().stream().filter(c -> c.id().equals(b.entry())).findFirst()
                    .orElseThrow(() -> b.fault("data.evidence.unknownCluster", b.entry()));
            List<ProjectTable.Row> rows = new ArrayList<>();
            for (EntryReader r : list(TABLE2, b.node(), "rows", "province")) {
                if (!cluster.provinceCodes().contains(r.entry())) {
                    throw b.fault("data.evidence.provinceOutside", r.entry());
                }
                if (!provinces.add(r.entry())) {
                    throw b.fault("data.evidence.provinceTwice", r.entry());
                }
                List<ProjectTable.Count> cells = new ArrayList<>();
                for (String printed : cells(b, r, "cells", industries.size())) {
                    cells.add(count(b, r, printed));
                }
                rows.add(new ProjectTable.Row(r.entry(), r.name(), cells));
            }
            List<ProjectTable.Share> shares = new ArrayList<>();
            for (String printed : cells(b, b, "shares", industries.size())) {
                shares.add(share(b, printed));
            }
            blocks.add(new ProjectTable.Block(b.entry(), b.name(), rows, shares));
        }
        ProjectTable table = new ProjectTable(t.entry(), t.bilingual("title_zh", "title_en"),
                t.bilingual("unit_zh", "unit_en"), integer(t, "year", DataLimits.STATISTIC_YEAR), t.bilingual("note_zh", "note_en"),
                industries, blocks, citations(t));
        checkShares(table);
        return table;
    }

    private static List<String> cells(EntryReader block, EntryReader row, String field, int industries)
            throws DataException {
        List<String> cells = row.texts(field);
        if (cells.size() != industries) {
            throw block.fault("data.evidence.cellCount", row.entry(), field,
                    String.valueOf(cells.size()), String.valueOf(industries));
        }
        return cells;
    }

    private static ProjectTable.Count count(EntryReader block, EntryReader row, String printed) throws DataException {
        if (printed.equals(NO_FIGURE)) {
            return new ProjectTable.Count(printed, null);
        }
        if (!PRINTED_COUNT.matcher(printed).matches()) {
            throw block.fault("data.evidence.notCount", row.entry(), printed);
        }
        // compared as text of digits first: a count of twelve digits is no int
        String digits = printed.replace(" ", "");
        if (digits.length() > 7 || !DataLimits.COUNT.contains(Long.parseLong(digits))) {
            throw block.fault("data.evidence.countRange", row.entry(), printed, DataLimits.COUNT.maxText());
        }
        return new ProjectTable.Count(printed, Integer.valueOf(digits));
    }

    private static ProjectTable.Share share(EntryReader block, String printed) throws DataException {
        var matcher = PRINTED_SHARE.matcher(printed);
        if (!matcher.matches() || new BigDecimal(matcher.group(1)).compareTo(HUNDRED) > 0) {
            throw block.fault("data.evidence.notShare", printed);
        }
        return new ProjectTable.Share(printed, new BigDecimal(matcher.group(1)));
    }

    private static void checkShares(ProjectTable table) throws DataException {
        for (ProjectTable.Industry industry : table.industries()) {
            int column = table.indexOf(industry);
            Optional<String> culprit = ShareConsistency.inconsistentCluster(table, column);
            if (culprit.isPresent()) {
                ProjectTable.Block block = table.clusters().stream()
                        .filter(b -> b.clusterId().equals(culprit.get())).findFirst().orElseThrow();
                String share = block.shares().get(column).printed();
                int total = block.total(column);
                throw new DataException(TABLE2, culprit.get(), Messages.perLanguage(
                        "data.evidence.shareDisagrees", industry.name(), share, total));
            }
        }
    }

    // ---- strengths and weak links

    private List<Claim> claims() throws DataException {
        List<Claim> claims = new ArrayList<>();
        for (EntryReader c : list(CLAIMS, json.read(CLAIMS), "claims")) {
            Bilingual title = c.bilingual("title_zh", "title_en");
            claims.add(new Claim(c.entry(), c.choice("kind", ClaimKind.class), title, c.bilingual("text_zh", "text_en"),
                    figureNumbers(c), c.optionalText("table"), state(c, title, Set.of()), citations(c)));
        }
        for (Claim claim : claims) {
            if (!claim.tableId().isEmpty() && !claim.tableId().equals("table2")) {
                throw new DataException(CLAIMS, claim.id(), Messages.bilingual("data.evidence.noTable",
                        claim.tableId()));
            }
        }
        return claims;
    }

    private static List<Integer> figureNumbers(EntryReader c) throws DataException {
        JsonNode array = c.node().get("figures");
        if (array == null || !array.isArray()) {
            throw c.fault("data.evidence.noFigures");
        }
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode n : array) {
            if (!n.isIntegralNumber() || !n.canConvertToInt() || !DataLimits.FIGURE_NUMBER.contains(n.asInt())) {
                throw c.fault("data.evidence.figureNumber");
            }
            numbers.add(n.asInt());
        }
        return numbers;
    }

    // ---- paths

    private List<ThinkingMode> paths() throws DataException {
        List<ThinkingMode> modes = new ArrayList<>();
        Set<String> measureIds = new HashSet<>();
        for (EntryReader m : list(PATHS, json.read(PATHS), "modes")) {
            List<PathMeasure> measures = new ArrayList<>();
            for (EntryReader measure : list(PATHS, m.node(), "measures")) {
                if (!measureIds.add(measure.entry())) {
                    throw measure.fault("data.entry.duplicateId");
                }
                List<MeasureSite> sites = sites(measure);
                Set<FeatureRef> located = new LinkedHashSet<>();
                sites.forEach(s -> s.location().ifPresent(located::add));
                Bilingual title = measure.bilingual("title_zh", "title_en");
                measures.add(new PathMeasure(measure.entry(), title, measure.bilingual("text_zh", "text_en"), sites,
                        state(measure, title, located), citations(measure)));
            }
            modes.add(new ThinkingMode(m.entry(), m.name(), m.bilingual("goal_zh", "goal_en"), measures, citations(m)));
        }
        return modes;
    }

    private List<MeasureSite> sites(EntryReader measure) throws DataException {
        List<MeasureSite> sites = new ArrayList<>();
        JsonNode array = measure.node().get("sites");
        if (array == null) {
            return sites;
        }
        for (JsonNode item : array) {
            EntryReader site = new EntryReader(measure.file(), measure.entry(), item);
            Bilingual name = site.name();
            if (!site.has("at")) {
                sites.add(new MeasureSite(name, null, null));
                continue;
            }
            FeatureRef at = features(measure, List.of(site.text("at"))).get(0);
            Precision precision = null;
            if (at.kind() == FeatureRef.Kind.PLACE) {
                precision = site.choice("precision", Precision.class);
                Place place = known.places().stream().filter(p -> p.id().equals(at.id())).findFirst().orElseThrow();
                if (precision.ordinal() < place.precision().ordinal()) {
                    throw measure.fault(Messages.perLanguage("data.evidence.finerPrecision", name, place.name()));
                }
            }
            sites.add(new MeasureSite(name, at, precision));
        }
        return sites;
    }

    // ---- shared readers

    /**
     * Reads "map": a named view or bounds [west, south, east, north], optional layers (all by default) and
     * the features to highlight, besides {@code alsoHighlighted}.
     */
    private MapState state(EntryReader item, Bilingual title, Set<FeatureRef> alsoHighlighted) throws DataException {
        return state(item, Evidence.STATE_PREFIX + item.entry(), title, alsoHighlighted);
    }

    /**
     * The same, under the state id {@code id}. A state may say that it keeps the map of the step before on
     * purpose ({@code keeps_map_zh}, {@code keeps_map_en}: why), which the step test then accepts.
     */
    private MapState state(EntryReader item, String id, Bilingual title, Set<FeatureRef> alsoHighlighted)
            throws DataException {
        JsonNode node = item.node().get("map");
        if (node == null || !node.isObject()) {
            throw item.fault("data.evidence.noMap");
        }
        EntryReader map = new EntryReader(item.file(), item.entry(), node);
        GeoPoint southWest;
        GeoPoint northEast;
        if (map.has("view")) {
            NamedView view = view(item.file(), item.entry(), map.text("view"));
            southWest = view.southWest();
            northEast = view.northEast();
        } else {
            GeoPoint[] corners = BoundsReader.read(item, node.get("bounds"), "data.evidence.viewOrBounds",
                    "data.evidence.viewOrBounds");
            southWest = corners[0];
            northEast = corners[1];
        }
        Set<MapLayerId> layers = MapLayerId.defaults();
        if (map.has("layers")) {
            layers = EnumSet.noneOf(MapLayerId.class);
            for (String name : map.texts("layers")) {
                layers.add(layer(item, name));
            }
        }
        Set<FeatureRef> highlighted = new LinkedHashSet<>(alsoHighlighted);
        if (map.has("highlight")) {
            highlighted.addAll(features(item, map.texts("highlight")));
        }
        if (map.has("keeps_map_zh") || map.has("keeps_map_en")) {
            keptMaps.put(id, map.bilingual("keeps_map_zh", "keeps_map_en"));
        }
        return new MapState(id, title, southWest, northEast, layers, highlighted);
    }

    private static MapLayerId layer(EntryReader item, String name) throws DataException {
        for (MapLayerId layer : MapLayerId.values()) {
            if (EntryReader.kebab(layer).equals(name)) {
                return layer;
            }
        }
        throw item.fault("data.entry.unknownLayer", name);
    }

    /** Reads references like "place:chengdu" and checks that each names a feature of the atlas. */
    private List<FeatureRef> features(EntryReader item, List<String> refs) throws DataException {
        List<FeatureRef> features = new ArrayList<>();
        for (String ref : refs) {
            int colon = ref.indexOf(':');
            FeatureRef.Kind kind = null;
            for (FeatureRef.Kind k : FeatureRef.Kind.values()) {
                if (colon > 0 && k.name().toLowerCase(Locale.ROOT).equals(ref.substring(0, colon))) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw item.fault("data.entry.badRef", ref);
            }
            FeatureRef feature = new FeatureRef(kind, ref.substring(colon + 1));
            if (!known.features().contains(feature)) {
                throw item.fault("data.evidence.noFeature", ref);
            }
            features.add(feature);
        }
        return features;
    }

    private NamedView view(String file, String entry, String id) throws DataException {
        return known.views().stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new DataException(file, entry, Messages.bilingual("data.evidence.unknownView", id)));
    }

    private List<Citation> citations(EntryReader item) throws DataException {
        List<Citation> citations = item.citations();
        for (Citation citation : citations) {
            if (!known.sources().contains(citation.sourceId())) {
                throw item.fault("data.entry.unknownSource", citation.sourceId(), ContentLoader.SOURCES);
            }
        }
        return citations;
    }

    private static BigDecimal number(EntryReader item, String field) throws DataException {
        String text = item.text(field);
        if (!NUMBER.matcher(text).matches()) {
            throw item.fault("data.evidence.notNumber", field, text);
        }
        return new BigDecimal(text);
    }

    private static int integer(EntryReader item, String field, DataLimits.Range range) throws DataException {
        String text = item.text(field);
        if (!text.matches("\\d{1,4}") || !range.contains(Integer.parseInt(text))) {
            throw item.fault("data.evidence.notWholeNumber", field, range.minText(), range.maxText(),
                    JsonFiles.shortened(text));
        }
        return Integer.parseInt(text);
    }

    private static List<EntryReader> list(String path, JsonNode root, String field) throws DataException {
        return list(path, root, field, "id");
    }

    private static List<EntryReader> list(String path, JsonNode root, String field, String idField)
            throws DataException {
        JsonNode array = root.get(field);
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new EntryReader(path, "", root).fault("data.evidence.noList", field);
        }
        List<EntryReader> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode item : array) {
            index++;
            EntryReader named = new EntryReader(path, new EntryReader(path, field + " #" + index, item).text(idField), item);
            if (!ids.add(named.entry())) {
                throw named.fault("data.entry.duplicateId");
            }
            entries.add(named);
        }
        return entries;
    }
}
