// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;

import org.hinterlandatlas.words.Messages;

/**
 * Reads and writes {@code .hlesson} files (docs/data-format.md, docs/lesson.schema.json). Reading checks every
 * step against the content; a step that names an unknown view, item, layer or feature is left out, a bad
 * annotation or citation is dropped from its step, and all of it is reported in the {@link LessonRead}. A file
 * that is cut short keeps the steps before the cut. Only a file that cannot be a lesson at all (missing, too
 * large, not JSON, from a newer schema) is refused with a {@link DataException}.
 */
public final class LessonFiles {

    /** The version of the format this atlas writes, and the newest it reads. */
    public static final int SCHEMA = 1;
    /** The largest file read: a lesson of a hundred steps with plenty of ink is well under a megabyte. */
    public static final int MAX_BYTES = 8 << 20;
    public static final String EXTENSION = ".hlesson";
    /** The lesson shipped with the atlas, on the class path. */
    public static final String DEFAULT_LESSON = "content/lessons/default.hlesson";

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?");

    private final AtlasContent content;

    public LessonFiles(AtlasContent content) {
        this.content = content;
    }

    // ---- reading

    public LessonRead read(Path file) throws DataException {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(name);
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new DataException(name, "", Messages.bilingual("data.lesson.missing"), e);
        } catch (IOException e) {
            throw new DataException(name, "", Messages.bilingual("data.lesson.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    /** The shipped default lesson. */
    public LessonRead readDefault(DataFiles files) throws DataException {
        try (InputStream in = files.open(DEFAULT_LESSON)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(DEFAULT_LESSON);
            }
            return read(DEFAULT_LESSON, bytes);
        } catch (IOException e) {
            throw new DataException(DEFAULT_LESSON, "", Messages.bilingual("data.lesson.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    /** Reads the bytes of a lesson file; {@code file} names it in every message. */
    public LessonRead read(String file, byte[] bytes) throws DataException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file);
        }
        ObjectNode top = JsonNodeFactory.instance.objectNode();
        List<JsonNode> stepNodes = new ArrayList<>();
        DataException cut = null;
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new DataException(file, "", Messages.bilingual("data.lesson.notObject"));
            }
            // Streamed rather than read whole, so that a file cut short keeps the steps before the cut.
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("steps") && value == JsonToken.START_ARRAY) {
                    for (JsonToken s = parser.nextToken(); s != JsonToken.END_ARRAY; s = parser.nextToken()) {
                        if (s == null) {
                            throw new JsonParseException(parser, "unexpected end-of-input in the list of steps");
                        }
                        stepNodes.add(JsonFiles.value(parser, s));
                    }
                } else {
                    top.set(name, JsonFiles.value(parser, value));
                }
            }
        } catch (JsonProcessingException e) {
            cut = malformed(file, e, stepNodes.size());
        } catch (IOException e) {
            throw new DataException(file, "", Messages.bilingual("data.lesson.unreadable", String.valueOf(e.getMessage())), e);
        }
        JsonNode schema = top.get("schema");
        if (schema == null) {
            throw cut != null ? cut : new DataException(file, "", Messages.bilingual("data.lesson.noSchema"));
        }
        if (!schema.isInt() || schema.intValue() < 1) {
            throw new DataException(file, "", Messages.bilingual("data.lesson.badSchema"));
        }
        if (schema.intValue() > SCHEMA) {
            throw new DataException(file, "", Messages.bilingual("data.lesson.newerSchema", String.valueOf(schema.intValue()), String.valueOf(SCHEMA)));
        }
        List<DataException> problems = new ArrayList<>();
        Bilingual title = lessonTitle(file, top, problems);
        List<LessonStep> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < stepNodes.size(); i++) {
            try {
                steps.add(step(file, stepNodes.get(i), i + 1, ids, problems));
            } catch (DataException e) {
                problems.add(e);
            }
        }
        if (cut != null) {
            problems.add(cut);
        } else if (!top.has("steps") && stepNodes.isEmpty()) {
            problems.add(new DataException(file, "", Messages.bilingual("data.lesson.noSteps")));
        }
        Optional<String> origin = top.path("origin").isTextual() ? Optional.of(top.get("origin").asText()) : Optional.empty();
        return new LessonRead(file, new Lesson(title, steps), problems, origin);
    }

    private static DataException tooLarge(String file) {
        int limit = MAX_BYTES >> 20;
        return new DataException(file, "", Messages.bilingual("data.lesson.tooLarge", String.valueOf(limit)));
    }

    private static DataException malformed(String file, JsonProcessingException e, int stepsRead) {
        String line = e.getLocation() == null ? "" : String.valueOf(e.getLocation().getLineNr());
        return new DataException(file, "", Messages.bilingual("data.lesson.cutShort", line, String.valueOf(e.getOriginalMessage()),
                String.valueOf(stepsRead)), e);
    }

    private static Bilingual lessonTitle(String file, JsonNode top, List<DataException> problems) {
        try {
            return bilingual(new EntryReader(file, "", top), "title", false);
        } catch (DataException e) {
            problems.add(e);
            String name = Path.of(file).getFileName().toString().replaceFirst("\\.hlesson$", "");
            return new Bilingual(name, name);
        }
    }

    private LessonStep step(String file, JsonNode node, int position, Set<String> ids, List<DataException> problems)
            throws DataException {
        if (!node.isObject()) {
            throw new DataException(file, "#" + position, Messages.bilingual("data.lesson.stepNotObject"));
        }
        EntryReader step = EntryReader.identified(file, "#" + position, node);
        if (!ids.add(step.entry())) {
            throw step.fault("data.lesson.duplicateStep");
        }
        MapState map = map(step);
        Optional<String> item = Optional.empty();
        if (step.has("item")) {
            String id = step.text("item");
            if (content.mapState(id).isEmpty()) {
                throw step.fault("data.lesson.unknownItem", id);
            }
            item = Optional.of(id);
        }
        Bilingual caption = bilingual(step, "caption", true);
        Bilingual notes = step.has("notes") ? bilingual(step, "notes", true) : new Bilingual("", "");
        return new LessonStep(step.entry(), map, item, annotations(step, problems), caption, notes,
                citations(step, problems));
    }

    private MapState map(EntryReader step) throws DataException {
        JsonNode node = step.node().get("map");
        if (node == null || !node.isObject()) {
            throw step.fault("data.lesson.noMap");
        }
        EntryReader map = new EntryReader(step.file(), step.entry(), node);
        String stateId = map.text("state");
        MapState base = content.mapState(stateId).orElseThrow(() -> step.fault("data.lesson.unknownView", stateId));
        Bilingual title = map.has("title") ? bilingual(map, "title", false) : base.title();
        GeoPoint southWest = base.southWest();
        GeoPoint northEast = base.northEast();
        if (map.has("bounds")) {
            JsonNode b = node.get("bounds");
            if (!b.isArray() || b.size() != 4 || !allNumbers(b)) {
                throw step.fault("data.lesson.boundsShape");
            }
            southWest = new GeoPoint(b.get(0).asDouble(), b.get(1).asDouble());
            northEast = new GeoPoint(b.get(2).asDouble(), b.get(3).asDouble());
            if (!(southWest.lon() < northEast.lon() && southWest.lat() < northEast.lat() && onEarth(southWest)
                    && onEarth(northEast))) {
                throw step.fault("data.lesson.boundsArea");
            }
        }
        Set<MapLayerId> layers = base.layers();
        if (map.has("layers")) {
            layers = EnumSet.noneOf(MapLayerId.class);
            for (String name : texts(map, "layers")) {
                layers.add(layer(step, name));
            }
        }
        Set<FeatureRef> highlighted = base.highlighted();
        if (map.has("highlight")) {
            highlighted = new LinkedHashSet<>();
            for (String ref : texts(map, "highlight")) {
                highlighted.add(ref(step, ref));
            }
        }
        return new MapState(stateId, title, southWest, northEast, layers, highlighted);
    }

    private static MapLayerId layer(EntryReader step, String name) throws DataException {
        for (MapLayerId layer : MapLayerId.values()) {
            if (EntryReader.kebab(layer).equals(name)) {
                return layer;
            }
        }
        throw step.fault("data.lesson.unknownLayer", name);
    }

    private FeatureRef ref(EntryReader step, String text) throws DataException {
        int colon = text.indexOf(':');
        for (FeatureRef.Kind kind : FeatureRef.Kind.values()) {
            if (colon > 0 && EntryReader.kebab(kind).equals(text.substring(0, colon))) {
                FeatureRef ref = new FeatureRef(kind, text.substring(colon + 1));
                if (content.nameOf(ref).isPresent()) {
                    return ref;
                }
            }
        }
        throw step.fault("data.lesson.unknownFeature", text);
    }

    /** An empty list is a valid choice here (no layers, nothing highlighted). */
    private static List<String> texts(EntryReader reader, String field) throws DataException {
        JsonNode array = reader.node().get(field);
        if (!array.isArray()) {
            throw reader.fault("data.lesson.notList", field);
        }
        return array.isEmpty() ? List.of() : reader.texts(field);
    }

    /** Teachers' ink and citations are repaired rather than refused: a bad one is dropped and reported. */
    private static List<Annotation> annotations(EntryReader step, List<DataException> problems) {
        JsonNode array = step.node().path("annotations");
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                annotations.add(annotation(new EntryReader(step.file(), step.entry(), array.get(i))));
            } catch (DataException e) {
                problems.add(step.fault(Messages.perLanguage("data.lesson.annotationLeftOut", String.valueOf(i + 1),
                        e.problem())));
            }
        }
        return annotations;
    }

    private static Annotation annotation(EntryReader a) throws DataException {
        String kind = a.text("kind");
        String colour = a.text("colour");
        if (!COLOUR.matcher(colour).matches()) {
            throw a.fault("data.lesson.badColour", colour);
        }
        return switch (kind) {
            case "pen", "highlighter" -> {
                JsonNode points = a.node().get("points");
                if (points == null || !points.isArray() || points.isEmpty()) {
                    throw a.fault("data.lesson.noPoints");
                }
                List<GeoPoint> line = new ArrayList<>();
                for (JsonNode p : points) {
                    line.add(point(a, p));
                }
                yield new Annotation.Stroke(kind.equals("pen") ? Annotation.Stroke.Kind.PEN
                        : Annotation.Stroke.Kind.HIGHLIGHTER, colour, positive(a, "width"), line);
            }
            case "line", "arrow" -> new Annotation.Line(kind.equals("arrow"), colour, positive(a, "width"),
                    point(a, a.node().get("from")), point(a, a.node().get("to")));
            case "text" -> new Annotation.Text(colour, positive(a, "size"), point(a, a.node().get("at")), a.text("text"));
            default -> throw a.fault("data.lesson.unknownKind", kind);
        };
    }

    private static GeoPoint point(EntryReader a, JsonNode p) throws DataException {
        if (p == null || !p.isArray() || p.size() != 2 || !allNumbers(p)) {
            throw a.fault("data.lesson.positionShape");
        }
        GeoPoint point = new GeoPoint(p.get(0).asDouble(), p.get(1).asDouble());
        if (!onEarth(point)) {
            throw a.fault("data.lesson.positionRange");
        }
        return point;
    }

    private static double positive(EntryReader a, String field) throws DataException {
        JsonNode value = a.node().get(field);
        if (value == null || !value.isNumber() || !(value.asDouble() > 0) || Double.isInfinite(value.asDouble())) {
            throw a.fault("data.lesson.notPositive", field);
        }
        return value.asDouble();
    }

    private List<Citation> citations(EntryReader step, List<DataException> problems) throws DataException {
        JsonNode array = step.node().path("citations");
        List<Citation> citations = new ArrayList<>();
        for (JsonNode item : array) {
            EntryReader c = new EntryReader(step.file(), step.entry(), item);
            String source = c.text("source");
            if (content.source(source).isEmpty()) {
                problems.add(step.fault("data.lesson.unknownSource", source));
            } else {
                citations.add(new Citation(source, c.optionalText("at")));
            }
        }
        return citations;
    }

    /** A {"zh": …, "en": …} object; a teacher's caption or notes may be empty, a title may not. */
    private static Bilingual bilingual(EntryReader parent, String field, boolean mayBeEmpty) throws DataException {
        JsonNode node = parent.node().get(field);
        if (node == null || !node.isObject() || !node.path("zh").isTextual() || !node.path("en").isTextual()) {
            throw parent.fault("data.lesson.notBilingual", field);
        }
        Bilingual text = new Bilingual(node.get("zh").asText(), node.get("en").asText());
        if (!mayBeEmpty && (text.zh().isBlank() || text.en().isBlank())) {
            throw parent.fault("data.lesson.empty", field);
        }
        return text;
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static boolean onEarth(GeoPoint p) {
        return p.lon() >= -180 && p.lon() <= 180 && p.lat() >= -85 && p.lat() <= 85;
    }

    // ---- writing

    /** Writes the lesson as a schema {@value #SCHEMA} document. */
    public static void write(Lesson lesson, OutputStream out) throws IOException {
        write(lesson, Optional.empty(), out);
    }

    /** Writes the lesson; a recovery copy also records the lesson file it was edited from. */
    public static void write(Lesson lesson, Optional<String> origin, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            // the caller owns the stream: an atomic write still has to flush it to the disk
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("schema", SCHEMA);
            if (origin.isPresent()) {
                json.writeStringField("origin", origin.get());
            }
            bilingual(json, "title", lesson.title());
            json.writeArrayFieldStart("steps");
            for (LessonStep step : lesson.steps()) {
                step(json, step);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void step(JsonGenerator json, LessonStep step) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", step.id());
        if (step.itemId().isPresent()) {
            json.writeStringField("item", step.itemId().get());
        }
        MapState map = step.map();
        json.writeObjectFieldStart("map");
        json.writeStringField("state", map.id());
        bilingual(json, "title", map.title());
        json.writeArrayFieldStart("bounds");
        json.writeNumber(map.southWest().lon());
        json.writeNumber(map.southWest().lat());
        json.writeNumber(map.northEast().lon());
        json.writeNumber(map.northEast().lat());
        json.writeEndArray();
        json.writeArrayFieldStart("layers");
        for (MapLayerId layer : MapLayerId.values()) {
            if (map.layers().contains(layer)) {
                json.writeString(EntryReader.kebab(layer));
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("highlight");
        for (String ref : map.highlighted().stream().map(r -> EntryReader.kebab(r.kind()) + ":" + r.id()).sorted().toList()) {
            json.writeString(ref);
        }
        json.writeEndArray();
        json.writeEndObject();
        bilingual(json, "caption", step.caption());
        bilingual(json, "notes", step.notes());
        json.writeArrayFieldStart("citations");
        for (Citation citation : step.citation()) {
            json.writeStartObject();
            json.writeStringField("source", citation.sourceId());
            if (!citation.at().isEmpty()) {
                json.writeStringField("at", citation.at());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("annotations");
        for (Annotation annotation : step.annotations()) {
            annotation(json, annotation);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void annotation(JsonGenerator json, Annotation annotation) throws IOException {
        json.writeStartObject();
        if (annotation instanceof Annotation.Stroke s) {
            json.writeStringField("kind", s.kind() == Annotation.Stroke.Kind.PEN ? "pen" : "highlighter");
            json.writeStringField("colour", s.colour());
            json.writeNumberField("width", s.width());
            json.writeArrayFieldStart("points");
            for (GeoPoint p : s.points()) {
                point(json, p);
            }
            json.writeEndArray();
        } else if (annotation instanceof Annotation.Line l) {
            json.writeStringField("kind", l.arrow() ? "arrow" : "line");
            json.writeStringField("colour", l.colour());
            json.writeNumberField("width", l.width());
            json.writeFieldName("from");
            point(json, l.from());
            json.writeFieldName("to");
            point(json, l.to());
        } else if (annotation instanceof Annotation.Text t) {
            json.writeStringField("kind", "text");
            json.writeStringField("colour", t.colour());
            json.writeNumberField("size", t.size());
            json.writeFieldName("at");
            point(json, t.at());
            json.writeStringField("text", t.text());
        }
        json.writeEndObject();
    }

    private static void point(JsonGenerator json, GeoPoint p) throws IOException {
        json.writeStartArray();
        json.writeNumber(p.lon());
        json.writeNumber(p.lat());
        json.writeEndArray();
    }

    private static void bilingual(JsonGenerator json, String field, Bilingual text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("zh", text.zh());
        json.writeStringField("en", text.en());
        json.writeEndObject();
    }
}
