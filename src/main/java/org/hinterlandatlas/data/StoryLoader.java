// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.Definition;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Passage;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.model.PhaseEnding;
import org.hinterlandatlas.model.PhaseFeature;
import org.hinterlandatlas.model.Story;
import org.hinterlandatlas.model.TheoryElement;
import org.hinterlandatlas.model.TimelineEvent;
import org.hinterlandatlas.model.YearSpan;

/**
 * Loads the story — definition, phases, policy timeline — and checks it against the rest of the content:
 * every text in both languages, every feature it names exists, every citation names a known source, every
 * event has a date, and every map state has a valid area, known layers and an id no other state uses.
 */
final class StoryLoader {

    static final String DEFINITION = "content/definition.json";
    static final String PHASES = "content/phases.json";
    static final String TIMELINE = "content/timeline.json";

    private final JsonFiles json;
    private final AtlasContent content;
    private final Set<String> stateIds = new LinkedHashSet<>();

    /** @param content everything but the story, which the story refers to */
    StoryLoader(JsonFiles json, AtlasContent content) {
        this.json = json;
        this.content = content;
        content.views().forEach(v -> stateIds.add(v.id()));
    }

    Story load() throws DataException {
        return new Story(definition(), phases(), events());
    }

    private Definition definition() throws DataException {
        JsonNode root = json.read(DEFINITION);
        EntryReader d = EntryReader.identified(DEFINITION, "definition", object(new EntryReader(DEFINITION, "", root), "definition"));
        MapState state = state(d, d.bilingual("title_zh", "title_en"));
        EntryReader traits = part(d, "traits");
        List<Bilingual> traitNames = new ArrayList<>();
        for (JsonNode item : list(traits, "items")) {
            traitNames.add(new EntryReader(DEFINITION, d.entry() + " traits", item).bilingual("zh", "en"));
        }
        List<TheoryElement> elements = new ArrayList<>();
        for (JsonNode item : list(d, "elements")) {
            EntryReader e = EntryReader.identified(DEFINITION, "elements", item);
            Bilingual name = e.name();
            elements.add(new TheoryElement(e.entry(), name, e.bilingual("text_zh", "text_en"),
                    state(e, "definition-" + e.entry(), name), citations(e)));
        }
        List<String> ids = elements.stream().map(TheoryElement::id).sorted().toList();
        if (!ids.equals(List.of("line", "point", "surface"))) {
            throw d.fault("data.story.elements");
        }
        return new Definition(passage(part(d, "hinterland")), passage(part(d, "core_area")), passage(traits),
                traitNames, passage(part(d, "theory")), elements, passage(part(d, "effects")), state);
    }

    private List<Phase> phases() throws DataException {
        List<Phase> phases = new ArrayList<>();
        for (JsonNode item : list(new EntryReader(PHASES, "", json.read(PHASES)), "phases")) {
            EntryReader p = EntryReader.identified(PHASES, "phases", item);
            Bilingual title = p.bilingual("title_zh", "title_en");
            List<PhaseFeature> features = new ArrayList<>();
            for (JsonNode f : list(p, "features")) {
                EntryReader feature = new EntryReader(PHASES, p.entry(), f);
                features.add(new PhaseFeature(ref(feature, feature.text("ref")), feature.bilingual("role_zh", "role_en")));
            }
            if (p.node().path("map").has("highlight")) {
                throw p.fault("data.story.phaseHighlight");
            }
            Set<FeatureRef> highlighted = new LinkedHashSet<>();
            features.forEach(f -> highlighted.add(f.ref()));
            phases.add(new Phase(p.entry(), title, p.bilingual("period_zh", "period_en"), years(p),
                    p.bilingual("narrative_zh", "narrative_en"), features, ends(p, phases),
                    state(p, p.entry(), title, highlighted), citations(p)));
        }
        return phases;
    }

    /**
     * Reads "ends": features of earlier phases that the content says ended with this one, each with its
     * source. Without it, what earlier phases had is carried into this one.
     */
    private List<PhaseEnding> ends(EntryReader phase, List<Phase> earlier) throws DataException {
        JsonNode array = phase.node().get("ends");
        if (array == null) {
            return List.of();
        }
        if (!array.isArray()) {
            throw phase.fault("data.story.endsList");
        }
        List<PhaseEnding> ends = new ArrayList<>();
        for (JsonNode item : array) {
            EntryReader end = new EntryReader(PHASES, phase.entry(), item);
            FeatureRef ref = ref(end, end.text("ref"));
            boolean hadIt = earlier.stream().flatMap(p -> p.features().stream()).anyMatch(f -> f.ref().equals(ref));
            if (!hadIt) {
                throw phase.fault("data.story.endsUnknown", end.text("ref"));
            }
            ends.add(new PhaseEnding(ref, citations(end)));
        }
        return ends;
    }

    private List<TimelineEvent> events() throws DataException {
        List<TimelineEvent> events = new ArrayList<>();
        for (JsonNode item : list(new EntryReader(TIMELINE, "", json.read(TIMELINE)), "events")) {
            EntryReader e = EntryReader.identified(TIMELINE, "events", item);
            String date = e.has("date") ? e.text("date") : "";
            if (!date.matches("\\d{4}(-(0[1-9]|1[0-2]))?")) {
                throw e.fault(date.isEmpty() ? "data.story.eventNoDate" : "data.story.eventDate", date);
            }
            if (!events.isEmpty() && earlier(date, events.get(events.size() - 1).date())) {
                throw e.fault("data.story.eventOrder");
            }
            Bilingual event = e.bilingual("event_zh", "event_en");
            events.add(new TimelineEvent(e.entry(), date, e.bilingual("time_zh", "time_en"), event,
                    e.bilingual("statement_zh", "statement_en"), e.flag("table1"), state(e, event), citations(e)));
        }
        return events;
    }

    /**
     * Whether {@code date} comes before {@code previous}, compared only as far as both are known: an event
     * known only by its year cannot be ordered against the months of that year, so either order is accepted.
     */
    private static boolean earlier(String date, String previous) {
        int known = Math.min(date.length(), previous.length());
        return date.substring(0, known).compareTo(previous.substring(0, known)) < 0;
    }

    private static Optional<YearSpan> years(EntryReader p) throws DataException {
        if (!p.has("from") && !p.has("to")) {
            return Optional.empty();
        }
        int from = year(p, "from");
        int to = year(p, "to");
        if (to < from) {
            throw p.fault("data.story.yearsReversed", String.valueOf(to), String.valueOf(from));
        }
        return Optional.of(new YearSpan(from, to));
    }

    private static int year(EntryReader p, String field) throws DataException {
        String text = p.text(field);
        if (!text.matches("-?\\d{1,4}")) {
            throw p.fault("data.story.notYear", field);
        }
        int year = Integer.parseInt(text);
        if (!DataLimits.STORY_YEAR.contains(year)) {
            throw p.fault("data.limit.range", field, text, DataLimits.STORY_YEAR.minText(), DataLimits.STORY_YEAR.maxText());
        }
        return year;
    }

    private Passage passage(EntryReader part) throws DataException {
        return new Passage(part.bilingual("title_zh", "title_en"), part.bilingual("text_zh", "text_en"),
                citations(part));
    }

    private static EntryReader part(EntryReader parent, String field) throws DataException {
        return new EntryReader(DEFINITION, parent.entry() + " " + field, object(parent, field));
    }

    private List<Citation> citations(EntryReader entry) throws DataException {
        List<Citation> citations = entry.citations();
        for (Citation citation : citations) {
            if (content.source(citation.sourceId()).isEmpty()) {
                throw entry.fault("data.entry.unknownSource", citation.sourceId(), ContentLoader.SOURCES);
            }
        }
        return citations;
    }

    private MapState state(EntryReader entry, Bilingual title) throws DataException {
        return state(entry, entry.entry(), title);
    }

    private MapState state(EntryReader entry, String id, Bilingual title) throws DataException {
        EntryReader map = new EntryReader(entry.file(), entry.entry(), object(entry, "map"));
        Set<FeatureRef> highlighted = new LinkedHashSet<>();
        for (String ref : map.optionalTexts("highlight")) {
            highlighted.add(ref(entry, ref));
        }
        return state(entry, id, title, highlighted);
    }

    private MapState state(EntryReader entry, String id, Bilingual title, Set<FeatureRef> highlighted)
            throws DataException {
        if (!stateIds.add(id)) {
            throw entry.fault("data.story.stateIdUsed", id);
        }
        EntryReader map = new EntryReader(entry.file(), entry.entry(), object(entry, "map"));
        GeoPoint[] corners = BoundsReader.read(entry, map.node().get("bounds"), "data.story.boundsShape",
                "data.story.boundsArea");
        Set<MapLayerId> layers = EnumSet.noneOf(MapLayerId.class);
        for (String layer : map.texts("layers")) {
            layers.add(layer(entry, layer));
        }
        return new MapState(id, title, corners[0], corners[1], layers, highlighted);
    }

    private static MapLayerId layer(EntryReader entry, String name) throws DataException {
        for (MapLayerId layer : MapLayerId.values()) {
            if (EntryReader.kebab(layer).equals(name)) {
                return layer;
            }
        }
        throw entry.fault("data.entry.unknownLayer", name);
    }

    /** Reads "place:chengdu" and checks that the feature exists. */
    private FeatureRef ref(EntryReader entry, String text) throws DataException {
        int colon = text.indexOf(':');
        FeatureRef.Kind kind = null;
        if (colon > 0) {
            for (FeatureRef.Kind k : FeatureRef.Kind.values()) {
                if (EntryReader.kebab(k).equals(text.substring(0, colon))) {
                    kind = k;
                }
            }
        }
        if (kind == null) {
            throw entry.fault("data.entry.badRef", text);
        }
        FeatureRef ref = new FeatureRef(kind, text.substring(colon + 1));
        if (content.nameOf(ref).isEmpty()) {
            throw entry.fault("data.story.unknownFeature", text);
        }
        return ref;
    }

    private static JsonNode object(EntryReader parent, String field) throws DataException {
        JsonNode node = parent.node().get(field);
        if (node == null || !node.isObject()) {
            throw parent.fault("data.story.missing", field);
        }
        return node;
    }

    private static List<JsonNode> list(EntryReader entry, String field) throws DataException {
        JsonNode array = entry.node().get(field);
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw entry.fault("data.field.notList", field);
        }
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
