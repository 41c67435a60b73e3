// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;
import org.junit.jupiter.api.Test;

/**
 * The content read as a whole: every taught term rendered as the glossary says, every source with a publisher, a
 * date and a url on an accepted domain, and every place's administrative code agreeing with where the place lies.
 */
class ContentConsistencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONTENT_FILES = List.of(
            "content/definition.json", "content/phases.json", "content/timeline.json", "content/claims.json",
            "content/paths.json", "content/key-figures.json", "content/table2.json", "content/views.json",
            "content/sources.json", "content/lessons/default.hlesson", "geodata/thematic/places.geojson", "geodata/thematic/corridors.geojson",
            "geodata/thematic/history-sites.geojson", "geodata/thematic/measure-sites.geojson",
            "geodata/thematic/clusters.json", "geodata/thematic/circle-membership.json", "geodata/thematic/flows.json");
    /** What a source is: the paper itself, a journal article, a government document, news, a reference work, a dataset. */
    private static final Set<String> SOURCE_KINDS = Set.of("paper", "journal", "policy", "news", "reference", "data");

    /** A Chinese text and its English counterpart, with where it comes from. */
    private record Pair(String where, String zh, String en) {
    }

    /** A row of docs/glossary.md. */
    private record Term(String zh, String en, List<String> avoid) {
    }

    @Test
    void everyTaughtTermIsRenderedAsTheGlossarySaysWhereverItAppears() throws IOException {
        List<Term> glossary = glossary();
        assertTrue(glossary.size() >= 20, "the glossary table was not read: " + glossary.size() + " terms");
        List<Pair> pairs = pairs();
        List<String> problems = new ArrayList<>();
        for (Pair pair : pairs) {
            String en = normalised(pair.en());
            for (Term term : glossary) {
                if (pair.zh().contains(term.zh()) && !en.contains(normalised(term.en()))) {
                    problems.add(pair.where() + ": " + term.zh() + " is not rendered \"" + term.en() + "\" in \""
                            + pair.en() + "\"");
                }
                for (String avoided : term.avoid()) {
                    if (en.contains(normalised(avoided))) {
                        problems.add(pair.where() + ": \"" + avoided + "\" is used for " + term.zh());
                    }
                }
            }
        }
        assertTrue(pairs.size() > 500, "the content was not read: " + pairs.size() + " pairs");
        assertEquals(List.of(), problems);
    }

    @Test
    void everySourceHasAPublisherADateAndAUrlOnThePublishersOwnDomain() throws IOException {
        List<String> domains = lines("/content-check/allowed-domains.txt");
        List<String> problems = new ArrayList<>();
        for (JsonNode source : read("content/sources.json").get("sources")) {
            problems.addAll(sourceProblems(source, domains));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSourceRuleRejectsAReprintAndASourceWithoutAUrlPublisherOrDate() {
        List<String> domains = List.of("gov.cn", "doi.org");
        ObjectNode reprint = source("news", "http://reprint.example.com/a.html");
        ObjectNode lookalike = source("news", "http://gov.cn.example.com/a.html");
        ObjectNode official = source("policy", "https://jda.cq.gov.cn/dawh/lssdjt/content_12702");
        ObjectNode withoutUrl = source("news", "");
        ObjectNode withoutPublisher = source("news", "https://www.gov.cn/a.htm").put("publisher", "");
        ObjectNode withoutDate = source("news", "https://www.gov.cn/a.htm").put("date", " ");
        ObjectNode journalWithoutMark = source("journal", "https://doi.org/10.1/x").put("zh", "周勇. 题名. 期刊, 2017.");
        assertEquals(1, sourceProblems(reprint, domains).size());
        assertEquals(1, sourceProblems(lookalike, domains).size());
        assertEquals(List.of(), sourceProblems(official, domains));
        assertEquals(1, sourceProblems(withoutUrl, domains).size());
        assertEquals(1, sourceProblems(withoutPublisher, domains).size());
        assertEquals(1, sourceProblems(withoutDate, domains).size());
        assertEquals(1, sourceProblems(journalWithoutMark, domains).size());
    }

    private static ObjectNode source(String kind, String url) {
        ObjectNode node = JSON.createObjectNode().put("id", "test").put("kind", kind).put("publisher", "某出版者")
                .put("date", "2024").put("zh", "题名[J]. 期刊, 2024(1).");
        return url.isEmpty() ? node : node.put("url", url);
    }

    /**
     * The rule: every source has a publisher, a date and a url on an accepted domain (the publisher's own site or an
     * official archive); a journal article is catalogued as one ([J]). A fact read in the paper where the paper cites
     * one of its own references is cited to the paper at that place, not to the reference (decision 0055).
     */
    private static List<String> sourceProblems(JsonNode source, List<String> domains) {
        String id = source.get("id").asText();
        String kind = source.path("kind").asText("");
        List<String> problems = new ArrayList<>();
        if (!SOURCE_KINDS.contains(kind)) {
            problems.add(id + " has the unknown kind \"" + kind + "\"");
        }
        for (String field : List.of("publisher", "date")) {
            if (source.path(field).asText("").isBlank()) {
                problems.add(id + " has no " + field);
            }
        }
        if (kind.equals("journal") && !source.path("zh").asText("").contains("[J]")) {
            problems.add(id + " is a journal article but is not catalogued as one ([J])");
        }
        String url = source.path("url").asText("");
        if (url.isEmpty()) {
            problems.add(id + " has no url on the publisher's own page or an official archive");
        } else {
            String host = URI.create(url).getHost();
            if (host == null || domains.stream().noneMatch(d -> host.equals(d) || host.endsWith("." + d))) {
                problems.add(id + ": " + url + " is not on an accepted publisher's or archive's domain");
            }
        }
        return problems;
    }

    @Test
    void everyPlacesAdministrativeCodeIsTheUnitItLiesIn() {
        Map<String, MapFeature> units = byCode(BaseLayerId.PREFECTURES, ZoomBand.HI);
        Map<String, MapFeature> provinces = byCode(BaseLayerId.PROVINCES, ZoomBand.HI);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Place place : ShippedAtlas.atlas().content().places()) {
            if (place.adminCode().isEmpty()) {
                continue;
            }
            MapFeature unit = units.getOrDefault(place.adminCode(), provinces.get(place.adminCode()));
            double x = WebMercator.worldX(place.location().lon());
            double y = WebMercator.worldY(place.location().lat());
            if (unit == null || !unit.geometry().contains(x, y)) {
                problems.add(place.id() + " (" + place.adminCode() + ") does not lie in "
                        + (unit == null ? "any unit of that code" : unit.name().zh()));
            }
            checked++;
        }
        assertTrue(checked > 40, "too few places carry a code: " + checked);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyContentFileIsReadByTheGlossaryCheck() throws IOException {
        List<String> shipped = new ArrayList<>();
        for (Path root : List.of(Path.of("resources"), Path.of("geodata"))) {
            Path dir = root.resolve(root.endsWith("resources") ? "content" : "thematic");
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile)
                        .map(f -> root.relativize(f).toString().replace('\\', '/'))
                        .map(f -> root.endsWith("geodata") ? "geodata/" + f : f)
                        .forEach(shipped::add);
            }
        }
        assertTrue(shipped.size() > 10, "the content directories were not read: " + shipped);
        assertEquals(List.of(), shipped.stream().filter(f -> !CONTENT_FILES.contains(f)).sorted().toList());
    }

    @Test
    void theGlossaryCheckFindsAMisrenderedTerm() {
        Term bottomLine = new Term("底线思维", "thinking that can deal with worst-case scenarios",
                List.of("Bottom-line thinking"));
        Pair wrong = new Pair("test", "以底线思维打造", "Bottom-line thinking builds");
        assertFalse(normalised(wrong.en()).contains(normalised(bottomLine.en())));
        assertTrue(normalised(wrong.en()).contains(normalised(bottomLine.avoid().get(0))));
        assertEquals(normalised("Chengdu-Chongqing"), normalised("Chengdu–Chongqing"));
    }

    private static Map<String, MapFeature> byCode(BaseLayerId layer, ZoomBand band) {
        return ShippedAtlas.atlas().baseMap().features(band, layer).stream()
                .collect(Collectors.toMap(f -> f.property("code"), f -> f, (a, b) -> a));
    }

    /** Lower case, one kind of dash, straight quotes: what the comparison ignores. */
    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replace('–', '-').replace('—', '-')
                .replace('’', '\'').replace('‘', '\'');
    }

    private static List<Term> glossary() throws IOException {
        List<Term> terms = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs", "glossary.md"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("| ") || line.startsWith("| 中文") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            List<String> avoid = Stream.of(cells[4].split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            terms.add(new Term(cells[1].trim(), cells[2].trim(), avoid));
        }
        return terms;
    }

    /** Every zh/en pair of the content files and of the interface bundles. */
    private static List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (String file : CONTENT_FILES) {
            collect(file, read(file), pairs);
        }
        for (String bundle : Messages.BUNDLES) {
            Properties zh = bundle(bundle + "_zh");
            Properties en = bundle(bundle + "_en");
            for (String key : zh.stringPropertyNames()) {
                pairs.add(new Pair(bundle + ":" + key, zh.getProperty(key), en.getProperty(key, "")));
            }
        }
        return pairs;
    }

    /** Pairs are fields "x_zh"/"x_en" (texts or lists of texts) and "zh"/"en". */
    private static void collect(String where, JsonNode node, List<Pair> pairs) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String english = name.equals("zh") ? "en" : name.endsWith("_zh") ? name.replaceAll("_zh$", "_en") : null;
                if (english != null && node.has(english)) {
                    JsonNode zh = node.get(name);
                    JsonNode en = node.get(english);
                    if (zh.isTextual()) {
                        pairs.add(new Pair(where + " " + name, zh.asText(), en.asText()));
                    } else if (zh.isArray()) {
                        for (int i = 0; i < zh.size(); i++) {
                            pairs.add(new Pair(where + " " + name + "[" + i + "]", zh.get(i).asText(), en.path(i).asText()));
                        }
                    }
                }
                collect(where, node.get(name), pairs);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(where, child, pairs));
        }
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = ContentConsistencyTest.class.getResourceAsStream("/" + file)) {
            assertTrue(in != null, file + " is not on the class path");
            return JSON.readTree(in);
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ContentConsistencyTest.class.getResourceAsStream("/i18n/" + name + ".properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = ContentConsistencyTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
