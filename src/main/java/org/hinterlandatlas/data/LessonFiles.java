// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
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
    /** Steps kept from one file; the ones after are left out and reported. */
    public static final int MAX_STEPS = 1_000;
    /** Annotations kept on one step. */
    public static final int MAX_ANNOTATIONS = 2_000;
    /** Points of one pen or highlighter stroke (the pen adds one every 1.5 px: a stroke across a wall is 3 000). */
    public static final int MAX_POINTS = 100_000;
    /** Characters of an id, a source's place ("§二(一)") or a title. */
    public static final int MAX_NAME_CHARS = 500;
    /** Characters of a caption, notes or a text annotation. */
    public static final int MAX_TEXT_CHARS = 100_000;
    /** The widest line and the largest text, in CSS pixels (the atlas's own are at most 24 and 40). */
    public static final double MAX_WIDTH = 200;
    public static final double MAX_TEXT_SIZE = 500;
    /** How deep the document may nest: a lesson needs six levels. */
    public static final int MAX_DEPTH = 32;
    /** A problem list longer than this is cut in the message a teacher sees. */
    static final int PROBLEMS_SHOWN = 30;
    public static final String EXTENSION = ".hlesson";
    /** The lesson shipped with the atlas, on the class path. */
    public static final String DEFAULT_LESSON = "content/lessons/default.hlesson";

    /** Strict: a key twice in one object is an error, not "the last one wins". */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_BYTES).maxNumberLength(64).build())
            .build();
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?");

    private final AtlasContent content;

    public LessonFiles(AtlasContent content) {
        this.content = content;
    }

    // ---- reading

    public LessonRead read(Path file) throws DataException {
        String name = file.toString();
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new DataException(name, "", Messages.bilingual("data.lesson.notAFile"));
            }
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
        int stepsOver = 0;
        DataException cut = null;
        DataException trailing = null;
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
                            throw new JsonEOFException(parser, null, "unexpected end-of-input in the list of steps");
                        }
                        if (stepNodes.size() < MAX_STEPS) {
                            stepNodes.add(JsonFiles.value(parser, s));
                        } else {
                            parser.skipChildren();
                            stepsOver++;
                        }
                    }
                } else {
                    top.set(name, JsonFiles.value(parser, value));
                }
            }
            trailing = trailing(file, parser);
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
        if (stepsOver > 0) {
            problems.add(new DataException(file, "", Messages.bilingual("data.lesson.tooManySteps",
                    String.valueOf(MAX_STEPS + stepsOver), String.valueOf(MAX_STEPS))));
        }
        if (trailing != null) {
            problems.add(trailing);
        }
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

    /**
     * The lesson ends at its closing brace; anything but white space after it (a second document, text
     * appended by hand) is reported, and the lesson before it is kept.
     */
    private static DataException trailing(String file, JsonParser parser) {
        int line = parser.currentLocation().getLineNr();
        try {
            if (parser.nextToken() == null) {
                return null;
            }
        } catch (IOException e) {
            // not even a token: still text after the end
        }
        return new DataException(file, "", Messages.bilingual("data.lesson.trailing", String.valueOf(line)));
    }

    /** The file's syntax fails at some point: said in the atlas's words, with the line and what was kept. */
    private static DataException malformed(String file, JsonProcessingException e, int stepsRead) {
        String line = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
        String message = String.valueOf(e.getOriginalMessage());
        Bilingual what;
        if (e instanceof StreamConstraintsException) {
            what = message.startsWith("Document nesting depth")
                    ? Messages.bilingual("data.lesson.json.tooDeep", String.valueOf(MAX_DEPTH))
                    : Messages.bilingual("data.lesson.json.tooLong");
        } else if (message.startsWith("Duplicate field '")) {
            String key = message.substring("Duplicate field '".length(), Math.max("Duplicate field '".length(),
                    message.lastIndexOf('\'')));
            what = Messages.bilingual("data.lesson.json.duplicateKey", key);
        } else if (e instanceof JsonEOFException) {
            what = Messages.bilingual("data.lesson.json.ends");
        } else {
            what = Messages.bilingual("data.lesson.json.syntax");
        }
        return new DataException(file, "", Messages.perLanguage("data.lesson.cutShort", line, what,
                String.valueOf(stepsRead)), e);
    }

    private static Bilingual lessonTitle(String file, JsonNode top, List<DataException> problems) {
        try {
            return bilingual(new EntryReader(file, "", top), "title", false, MAX_NAME_CHARS);
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
        if (step.entry().length() > MAX_NAME_CHARS) {
            throw new DataException(file, "#" + position, tooLong("id", MAX_NAME_CHARS));
        }
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
        Bilingual caption = bilingual(step, "caption", true, MAX_TEXT_CHARS);
        Bilingual notes = step.has("notes") ? bilingual(step, "notes", true, MAX_TEXT_CHARS) : new Bilingual("", "");
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
        Bilingual title = map.has("title") ? bilingual(map, "title", false, MAX_NAME_CHARS) : base.title();
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
        if (array.size() > MAX_ANNOTATIONS) {
            problems.add(step.fault("data.lesson.tooManyAnnotations", String.valueOf(array.size()),
                    String.valueOf(MAX_ANNOTATIONS)));
        }
        for (int i = 0; i < Math.min(array.size(), MAX_ANNOTATIONS); i++) {
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
                if (points.size() > MAX_POINTS) {
                    throw a.fault("data.lesson.tooManyPoints", String.valueOf(points.size()), String.valueOf(MAX_POINTS));
                }
                List<GeoPoint> line = new ArrayList<>();
                for (JsonNode p : points) {
                    line.add(point(a, p));
                }
                yield new Annotation.Stroke(kind.equals("pen") ? Annotation.Stroke.Kind.PEN
                        : Annotation.Stroke.Kind.HIGHLIGHTER, colour, positive(a, "width", MAX_WIDTH), line);
            }
            case "line", "arrow" -> new Annotation.Line(kind.equals("arrow"), colour, positive(a, "width", MAX_WIDTH),
                    point(a, a.node().get("from")), point(a, a.node().get("to")));
            case "text" -> new Annotation.Text(colour, positive(a, "size", MAX_TEXT_SIZE), point(a, a.node().get("at")),
                    limited(a, "text", MAX_TEXT_CHARS));
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

    private static double positive(EntryReader a, String field, double max) throws DataException {
        JsonNode value = a.node().get(field);
        if (value == null || !value.isNumber() || !(value.asDouble() > 0 && value.asDouble() <= max)) {
            throw a.fault("data.lesson.notPositive", field, String.valueOf((int) max));
        }
        return value.asDouble();
    }

    private static String limited(EntryReader reader, String field, int maxChars) throws DataException {
        String text = reader.text(field);
        if (text.length() > maxChars) {
            throw reader.fault(tooLong(field, maxChars));
        }
        return text;
    }

    private static Bilingual tooLong(String field, int maxChars) {
        return Messages.bilingual("data.lesson.tooLong", field, String.valueOf(maxChars));
    }

    private List<Citation> citations(EntryReader step, List<DataException> problems) throws DataException {
        JsonNode array = step.node().path("citations");
        List<Citation> citations = new ArrayList<>();
        for (JsonNode item : array) {
            EntryReader c = new EntryReader(step.file(), step.entry(), item);
            String source = limited(c, "source", MAX_NAME_CHARS);
            if (content.source(source).isEmpty()) {
                problems.add(step.fault("data.lesson.unknownSource", source));
            } else {
                citations.add(new Citation(source, c.has("at") ? limited(c, "at", MAX_NAME_CHARS) : ""));
            }
        }
        return citations;
    }

    /** A {"zh": …, "en": …} object; a teacher's caption or notes may be empty, a title may not. */
    private static Bilingual bilingual(EntryReader parent, String field, boolean mayBeEmpty, int maxChars)
            throws DataException {
        JsonNode node = parent.node().get(field);
        if (node == null || !node.isObject() || !node.path("zh").isTextual() || !node.path("en").isTextual()) {
            throw parent.fault("data.lesson.notBilingual", field);
        }
        Bilingual text = new Bilingual(node.get("zh").asText(), node.get("en").asText());
        if (!mayBeEmpty && (text.zh().isBlank() || text.en().isBlank())) {
            throw parent.fault("data.lesson.empty", field);
        }
        if (text.zh().length() > maxChars || text.en().length() > maxChars) {
            throw parent.fault(tooLong(field, maxChars));
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
