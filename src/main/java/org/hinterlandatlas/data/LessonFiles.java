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
            throw new DataException(name, "", new Bilingual("文件不存在", "the file is missing"), e);
        } catch (IOException e) {
            throw new DataException(name, "", new Bilingual("无法读取文件：" + e.getMessage(),
                    "cannot read the file: " + e.getMessage()), e);
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
            throw new DataException(DEFAULT_LESSON, "", new Bilingual("无法读取文件：" + e.getMessage(),
                    "cannot read the file: " + e.getMessage()), e);
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
                throw new DataException(file, "", new Bilingual("文件不是 JSON 对象", "the file is not a JSON object"));
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
            throw new DataException(file, "", new Bilingual("无法读取文件：" + e.getMessage(),
                    "cannot read the file: " + e.getMessage()), e);
        }
        JsonNode schema = top.get("schema");
        if (schema == null) {
            throw cut != null ? cut : new DataException(file, "", new Bilingual(
                    "缺少格式版本（schema），不是图集的课程文件", "it has no \"schema\" version: it is not an atlas lesson file"));
        }
        if (!schema.isInt() || schema.intValue() < 1) {
            throw new DataException(file, "", new Bilingual("格式版本（schema）应为正整数",
                    "the \"schema\" version must be a positive whole number"));
        }
        if (schema.intValue() > SCHEMA) {
            throw new DataException(file, "", new Bilingual(
                    "此文件由较新版本的图集写成（格式版本 " + schema.intValue() + "），本版本只能读取版本 " + SCHEMA
                            + "；请更新图集",
                    "it was written by a newer version of the atlas (schema " + schema.intValue()
                            + "); this version reads schema " + SCHEMA + " — please update the atlas"));
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
            problems.add(new DataException(file, "", new Bilingual("缺少步骤列表（steps）", "the list of \"steps\" is missing")));
        }
        Optional<String> origin = top.path("origin").isTextual() ? Optional.of(top.get("origin").asText()) : Optional.empty();
        return new LessonRead(file, new Lesson(title, steps), problems, origin);
    }

    private static DataException tooLarge(String file) {
        int limit = MAX_BYTES >> 20;
        return new DataException(file, "", new Bilingual("文件过大（上限 " + limit + " MB），不像是课程文件",
                "the file is too large for a lesson (the limit is " + limit + " MB)"));
    }

    private static DataException malformed(String file, JsonProcessingException e, int stepsRead) {
        String line = e.getLocation() == null ? "" : String.valueOf(e.getLocation().getLineNr());
        return new DataException(file, "", new Bilingual(
                "文件在第 " + line + " 行损坏或不完整（" + e.getOriginalMessage() + "）；只保留了此前完整的 " + stepsRead + " 个步骤",
                "the file is damaged or cut short at line " + line + " (" + e.getOriginalMessage() + "); only the "
                        + stepsRead + " complete steps before it were kept"), e);
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
            throw new DataException(file, "#" + position, new Bilingual("步骤不是 JSON 对象", "the step is not a JSON object"));
        }
        EntryReader step = EntryReader.identified(file, "#" + position, node);
        if (!ids.add(step.entry())) {
            throw step.problem("步骤编号重复", "another step has the same id");
        }
        MapState map = map(step);
        Optional<String> item = Optional.empty();
        if (step.has("item")) {
            String id = step.text("item");
            if (content.mapState(id).isEmpty()) {
                throw step.problem("引用了不存在的故事或证据条目“" + id + "”", "it names an unknown story or evidence item \"" + id + "\"");
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
            throw step.problem("缺少地图（map）", "its \"map\" is missing");
        }
        EntryReader map = new EntryReader(step.file(), step.entry(), node);
        String stateId = map.text("state");
        MapState base = content.mapState(stateId).orElseThrow(() -> step.problem(
                "引用了不存在的视图“" + stateId + "”", "it names an unknown view \"" + stateId + "\""));
        Bilingual title = map.has("title") ? bilingual(map, "title", false) : base.title();
        GeoPoint southWest = base.southWest();
        GeoPoint northEast = base.northEast();
        if (map.has("bounds")) {
            JsonNode b = node.get("bounds");
            if (!b.isArray() || b.size() != 4 || !allNumbers(b)) {
                throw step.problem("map.bounds 应为 [西, 南, 东, 北] 经纬度", "\"map.bounds\" must be [west, south, east, north]");
            }
            southWest = new GeoPoint(b.get(0).asDouble(), b.get(1).asDouble());
            northEast = new GeoPoint(b.get(2).asDouble(), b.get(3).asDouble());
            if (!(southWest.lon() < northEast.lon() && southWest.lat() < northEast.lat() && onEarth(southWest)
                    && onEarth(northEast))) {
                throw step.problem("map.bounds 范围无效", "\"map.bounds\" is not a valid area (west < east, south < north)");
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
        throw step.problem("未知图层“" + name + "”", "it names an unknown layer \"" + name + "\"");
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
        throw step.problem("引用了不存在的要素“" + text + "”", "it names an unknown feature \"" + text + "\"");
    }

    /** An empty list is a valid choice here (no layers, nothing highlighted). */
    private static List<String> texts(EntryReader reader, String field) throws DataException {
        JsonNode array = reader.node().get(field);
        if (!array.isArray()) {
            throw reader.problem("字段“" + field + "”应为列表", "the field \"" + field + "\" must be a list");
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
                problems.add(step.problem("第 " + (i + 1) + " 个批注已略去：" + e.problem().zh(),
                        "annotation " + (i + 1) + " was left out: " + e.problem().en()));
            }
        }
        return annotations;
    }

    private static Annotation annotation(EntryReader a) throws DataException {
        String kind = a.text("kind");
        String colour = a.text("colour");
        if (!COLOUR.matcher(colour).matches()) {
            throw a.problem("颜色“" + colour + "”应为 #rrggbb 或 #rrggbbaa", "the colour \"" + colour + "\" must be #rrggbb or #rrggbbaa");
        }
        return switch (kind) {
            case "pen", "highlighter" -> {
                JsonNode points = a.node().get("points");
                if (points == null || !points.isArray() || points.isEmpty()) {
                    throw a.problem("笔画缺少点（points）", "the stroke has no \"points\"");
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
            default -> throw a.problem("未知批注类型“" + kind + "”，应为 pen、highlighter、line、arrow 或 text",
                    "unknown kind \"" + kind + "\"; expected pen, highlighter, line, arrow or text");
        };
    }

    private static GeoPoint point(EntryReader a, JsonNode p) throws DataException {
        if (p == null || !p.isArray() || p.size() != 2 || !allNumbers(p)) {
            throw a.problem("位置应为 [经度, 纬度]", "a position must be [longitude, latitude]");
        }
        GeoPoint point = new GeoPoint(p.get(0).asDouble(), p.get(1).asDouble());
        if (!onEarth(point)) {
            throw a.problem("位置超出经纬度范围", "a position is outside −180..180, −85..85");
        }
        return point;
    }

    private static double positive(EntryReader a, String field) throws DataException {
        JsonNode value = a.node().get(field);
        if (value == null || !value.isNumber() || !(value.asDouble() > 0) || Double.isInfinite(value.asDouble())) {
            throw a.problem("字段“" + field + "”应为正数", "the field \"" + field + "\" must be a positive number");
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
                problems.add(step.problem("出处“" + source + "”不在资料目录中，已略去",
                        "the source \"" + source + "\" is not in the catalogue and was left out"));
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
            throw parent.problem("“" + field + "”应为含 zh 与 en 两段文字的对象",
                    "\"" + field + "\" must be an object with a \"zh\" and an \"en\" text");
        }
        Bilingual text = new Bilingual(node.get("zh").asText(), node.get("en").asText());
        if (!mayBeEmpty && (text.zh().isBlank() || text.en().isBlank())) {
            throw parent.problem("“" + field + "”为空", "\"" + field + "\" is empty");
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
