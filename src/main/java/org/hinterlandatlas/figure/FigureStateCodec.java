// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.words.Messages;

/**
 * Writes a {@link FigureState} as one line of JSON and reads it back. The text is pure ASCII (other
 * characters are escaped), because a PNG tEXt chunk holds Latin-1 only; layers and highlights are sorted,
 * so the same view always gives the same text. A figure of a table adds a {@code table} object (table id,
 * industry id, chart or map); readers that do not know it ignore it, and a record without it is a map's.
 * A map figure adds its {@code frame}: the extent shown ({@code southWest}, {@code northEast}) and the map's
 * rectangle on the page ({@code map}: x, y, width, height in points from the top left corner).
 */
public final class FigureStateCodec {

    /** The name of the state in every format: PNG keyword, PDF info key, SVG metadata id. */
    public static final String KEY = "hinterland-atlas-view";
    private static final String FORMAT = "hinterland-atlas-view";
    private static final int VERSION = 1;
    /** The map's limits for a record's positions: those of views and lessons (the projection ends near 85°). */
    public static final double MAX_LON = 180;
    public static final double MAX_LAT = 85;
    /** A frame's extent may span two worlds either way (a page far wider than the world at its zoom). */
    private static final double FRAME_MAX_LON = 720;
    /** A frame's rectangle on the page, in points: six times the longest page side (2 m). */
    private static final double MAX_PAGE_PT = 33_700;
    /** Writes straight to a generator: a figure command then never sets up an ObjectMapper. */
    private static final JsonFactory WRITER = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private FigureStateCodec() {
    }

    /** Set up when a figure is first opened. */
    private static final class Reading {
        static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    }

    public static String encode(FigureState state) {
        MapState map = state.map();
        StringWriter text = new StringWriter();
        try (JsonGenerator g = WRITER.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("id", map.id());
            g.writeObjectFieldStart("title");
            g.writeStringField("zh", map.title().zh());
            g.writeStringField("en", map.title().en());
            g.writeEndObject();
            g.writeStringField("figureTitle", state.figureTitle());
            g.writeStringField("language", state.language().name().toLowerCase(Locale.ROOT));
            point(g, "southWest", map.southWest());
            point(g, "northEast", map.northEast());
            g.writeArrayFieldStart("layers");
            for (MapLayerId layer : EnumSet.copyOf(map.layers().isEmpty() ? EnumSet.noneOf(MapLayerId.class)
                    : map.layers())) {
                g.writeString(layer.name());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("highlighted");
            for (String ref : map.highlighted().stream().map(r -> r.kind().name() + ":" + r.id()).sorted().toList()) {
                g.writeString(ref);
            }
            g.writeEndArray();
            if (state.table().isPresent()) {
                TableFigureState table = state.table().get();
                g.writeObjectFieldStart("table");
                g.writeStringField("id", table.tableId());
                g.writeStringField("industry", table.industryId());
                g.writeStringField("view", table.kind().name().toLowerCase(Locale.ROOT));
                g.writeEndObject();
            }
            if (state.frame().isPresent()) {
                FigureFrame frame = state.frame().get();
                g.writeObjectFieldStart("frame");
                point(g, "southWest", frame.southWest());
                point(g, "northEast", frame.northEast());
                g.writeArrayFieldStart("map");
                g.writeNumber(frame.mapOnPage().getX());
                g.writeNumber(frame.mapOnPage().getY());
                g.writeNumber(frame.mapOnPage().getWidth());
                g.writeNumber(frame.mapOnPage().getHeight());
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string does not fail", e);
        }
        return text.toString();
    }

    private static void point(JsonGenerator g, String name, GeoPoint point) throws IOException {
        g.writeArrayFieldStart(name);
        g.writeNumber(point.lon());
        g.writeNumber(point.lat());
        g.writeEndArray();
    }

    /**
     * The state a record describes. Its area must lie on the map and have a size — longitude −180 to 180,
     * latitude −85 to 85 (the map's own limit, as for views and lessons), south-west below and left of
     * north-east — else the map would open blank at no zoom; so must the frame's, and its rectangle on the
     * page must have a size.
     */
    public static FigureState decode(String text) throws FigureStateException {
        try {
            return decodeRecord(text);
        } catch (RuntimeException e) {
            throw problem("figure.record.unusable", e, e.getClass().getSimpleName());
        }
    }

    private static FigureState decodeRecord(String text) throws FigureStateException {
        JsonNode root;
        try {
            root = Reading.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw problem("figure.record.notJson", e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw problem("figure.record.notAtlas", null);
        }
        if (root.path("version").asInt() != VERSION) {
            throw problem("figure.record.version", null, root.path("version").asText());
        }
        Set<MapLayerId> layers = EnumSet.noneOf(MapLayerId.class);
        for (JsonNode layer : names(root, "layers")) {
            try {
                layers.add(MapLayerId.valueOf(layer.asText()));
            } catch (IllegalArgumentException e) {
                throw problem("figure.record.unknownLayer", e, layer.asText());
            }
        }
        Set<FeatureRef> highlighted = new HashSet<>();
        for (JsonNode ref : names(root, "highlighted")) {
            highlighted.add(featureRef(ref.asText()));
        }
        GeoPoint southWest = point(root, "southWest");
        GeoPoint northEast = point(root, "northEast");
        checkArea("", southWest, northEast);
        MapState map = new MapState(required(root, "id"),
                new Bilingual(required(root.path("title"), "zh"), required(root.path("title"), "en")),
                southWest, northEast, layers, highlighted);
        Language language = "en".equals(root.path("language").asText()) ? Language.EN : Language.ZH;
        return new FigureState(map, language, root.path("figureTitle").asText(""), table(root.get("table")),
                frame(root.get("frame")));
    }

    /** A list of names, which may be missing (an older record) but not of another shape. */
    private static JsonNode names(JsonNode root, String field) throws FigureStateException {
        JsonNode list = root.path(field);
        if (list.isMissingNode()) {
            return list;
        }
        if (!list.isArray()) {
            throw problem("figure.record.notNames", null, field);
        }
        for (JsonNode name : list) {
            if (!name.isTextual()) {
                throw problem("figure.record.notNames", null, field);
            }
        }
        return list;
    }

    private static Optional<FigureFrame> frame(JsonNode node) throws FigureStateException {
        if (node == null) {
            return Optional.empty();
        }
        JsonNode rect = node.path("map");
        if (rect.size() != 4) {
            throw problem("figure.record.frameSize", null);
        }
        for (JsonNode value : rect) {
            if (!value.isNumber() || !Double.isFinite(value.asDouble()) || Math.abs(value.asDouble()) > MAX_PAGE_PT) {
                throw problem("figure.record.frameNumbers", null);
            }
        }
        if (!(rect.get(2).asDouble() > 0 && rect.get(3).asDouble() > 0)) {
            throw problem("figure.record.frameNumbers", null);
        }
        // the extent drawn is the view padded to the page's shape: it may reach the poles, or round the world
        GeoPoint southWest = point(node, "southWest", FRAME_MAX_LON, 90);
        GeoPoint northEast = point(node, "northEast", FRAME_MAX_LON, 90);
        checkArea("frame.", southWest, northEast);
        return Optional.of(new FigureFrame(southWest, northEast,
                new Rectangle2D.Double(rect.get(0).asDouble(), rect.get(1).asDouble(), rect.get(2).asDouble(),
                        rect.get(3).asDouble())));
    }

    private static Optional<TableFigureState> table(JsonNode node) throws FigureStateException {
        if (node == null) {
            return Optional.empty();
        }
        String view = required(node, "view");
        TableFigureState.Kind kind;
        try {
            kind = TableFigureState.Kind.valueOf(view.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem("figure.record.unknownTableView", e, view);
        }
        return Optional.of(new TableFigureState(required(node, "id"), required(node, "industry"), kind));
    }

    private static FeatureRef featureRef(String text) throws FigureStateException {
        int colon = text.indexOf(':');
        try {
            return new FeatureRef(FeatureRef.Kind.valueOf(text.substring(0, Math.max(0, colon))),
                    text.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw problem("figure.record.unknownFeature", e, text);
        }
    }

    private static String required(JsonNode node, String field) throws FigureStateException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw problem("figure.record.lacks", null, field);
        }
        return value.asText();
    }

    private static GeoPoint point(JsonNode root, String field) throws FigureStateException {
        return point(root, field, MAX_LON, MAX_LAT);
    }

    private static GeoPoint point(JsonNode root, String field, double maxLon, double maxLat)
            throws FigureStateException {
        JsonNode pair = root.get(field);
        if (pair == null || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()) {
            throw problem("figure.record.notLonLat", null, field);
        }
        double lon = pair.get(0).asDouble();
        double lat = pair.get(1).asDouble();
        if (!(Math.abs(lon) <= maxLon && Math.abs(lat) <= maxLat)) {
            throw problem("figure.record.offTheMap", null, field, String.valueOf(lon), String.valueOf(lat),
                    String.valueOf((int) maxLon), String.valueOf((int) maxLat));
        }
        return new GeoPoint(lon, lat);
    }

    private static void checkArea(String prefix, GeoPoint southWest, GeoPoint northEast) throws FigureStateException {
        if (!(southWest.lon() < northEast.lon() && southWest.lat() < northEast.lat())) {
            throw problem("figure.record.noArea", null, prefix + "southWest", prefix + "northEast");
        }
    }

    private static FigureStateException problem(String key, Throwable cause, String... arguments) {
        return new FigureStateException(Messages.bilingual(key, arguments), cause);
    }
}
