// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.hinterlandatlas.model.ClusterRole;
import org.hinterlandatlas.model.CorridorType;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.FlowKind;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.style.MapStyle;
import org.hinterlandatlas.words.Messages;

/** Reads and checks the map style; a wrong colour or a missing width names the file and the field. */
public final class StyleLoader {

    public static final String DEFAULT_STYLE = "styles/map-style.json";
    private static final int VERSION = 1;

    private final DataFiles files;
    private final String path;

    public StyleLoader(DataFiles files, String path) {
        this.files = files;
        this.path = path;
    }

    /**
     * The style; the shipped default style from the file the build packed (see {@link PackedRecordFile#STYLE}), any
     * other, or a damaged pack, read from its JSON with every check.
     */
    public MapStyle load() throws DataException {
        if (files instanceof ClasspathDataFiles && DEFAULT_STYLE.equals(path)) {
            try (InputStream in = files.open(PackedRecordFile.STYLE.path())) {
                return PackedRecordFile.STYLE.read(in);
            } catch (IOException | PackedBaseMap.Damaged e) {
                Logger.getLogger(StyleLoader.class.getName()).warning(() -> PackedRecordFile.STYLE.path() + " cannot be used ("
                        + e.getMessage() + "); reading the style's JSON");
            }
        }
        JsonFiles json = new JsonFiles(files);
        return json.guarded(() -> style(json.read(path), fingerprint(path)));
    }

    /**
     * The style with a theme's values laid over it: every field the overrides file has replaces the style's
     * (objects merge field by field), so a dark theme names only the colours it changes. The tiles of the
     * result have a fingerprint of their own, so none of another theme's is served for them.
     */
    public MapStyle load(String overridesPath) throws DataException {
        JsonFiles json = new JsonFiles(files);
        return json.guarded(() -> {
            JsonNode root = json.read(path).deepCopy();
            JsonNode overrides = json.read(overridesPath);
            merge((ObjectNode) root, (ObjectNode) overrides);
            return style(root, fingerprint(path) + fingerprint(overridesPath));
        });
    }

    private static void merge(ObjectNode target, ObjectNode overrides) {
        overrides.fields().forEachRemaining(field -> {
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue() instanceof ObjectNode override) {
                merge(object, override);
            } else if (!"note".equals(field.getKey())) {
                target.set(field.getKey(), field.getValue());
            }
        });
    }

    private MapStyle style(JsonNode root, String fingerprint) throws DataException {
        if (root.path("version").asInt() != VERSION) {
            throw problem("", "data.style.version", String.valueOf(VERSION));
        }
        JsonNode base = root.path("base");
        JsonNode overlay = root.path("overlay");
        return new MapStyle(fingerprint, readBase(base), readOverlay(overlay));
    }

    private MapStyle.Base readBase(JsonNode b) throws DataException {
        return new MapStyle.Base(color(b, "base.sea"), color(b, "base.foreignLand"), color(b, "base.chinaLand"),
                line(b, "base.nationalBorder"), line(b, "base.provinceLine"), line(b, "base.prefectureLine"),
                color(b, "base.river.color"), numbers(b, "base.river.widthByRank", DataLimits.DASH_LENGTH),
                area(b, "base.lake"), line(b, "base.maritime"));
    }

    private MapStyle.Overlay readOverlay(JsonNode o) throws DataException {
        Map<ClusterRole, MapStyle.Area> clusters = new EnumMap<>(ClusterRole.class);
        for (ClusterRole role : ClusterRole.values()) {
            clusters.put(role, area(o, "overlay.clusters." + EntryReader.kebab(role)));
        }
        Map<CorridorType, MapStyle.Line> corridors = new EnumMap<>(CorridorType.class);
        for (CorridorType type : CorridorType.values()) {
            corridors.put(type, line(o, "overlay.corridors." + EntryReader.kebab(type)));
        }
        Map<Tier, MapStyle.Node> nodes = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            nodes.put(tier, nodeStyle(o, "overlay.nodes." + EntryReader.kebab(tier)));
        }
        return new MapStyle.Overlay(area(o, "overlay.hinterland"), clusters,
                new MapStyle.Circle(color(o, "overlay.circle.fill"),
                        color(o, "overlay.circle.hatch"), color(o, "overlay.circle.outline"),
                        number(o, "overlay.circle.width", DataLimits.LINE_WIDTH)),
                new MapStyle.Corridors(corridors,
                        numbers(o, "overlay.corridors.underConstructionDash", DataLimits.DASH_LENGTH),
                        numbers(o, "overlay.corridors.plannedDash", DataLimits.DASH_LENGTH),
                        color(o, "overlay.corridors.casing")),
                nodes, labels(o), line(o, "overlay.highlight"),
                new MapStyle.Furniture(color(o, "overlay.furniture.color"),
                        number(o, "overlay.furniture.fontSize", DataLimits.FONT_SIZE),
                        color(o, "overlay.furniture.background")),
                nodeStyle(o, "overlay.historicSite"), visibility(o), flows(o));
    }

    private MapStyle.Labels labels(JsonNode o) throws DataException {
        String l = "overlay.labels";
        return new MapStyle.Labels(color(o, l + ".halo"), number(o, l + ".haloWidth", DataLimits.DISTANCE),
                number(o, l + ".secondLineScale", DataLimits.FACTOR), color(o, l + ".areaColor"),
                number(o, l + ".areaFontSize", DataLimits.FONT_SIZE), number(o, l + ".clusterFontSize", DataLimits.FONT_SIZE),
                number(o, l + ".gap", DataLimits.DISTANCE), number(o, l + ".gapPerRadius", DataLimits.FACTOR),
                number(o, l + ".shrink", DataLimits.SHRINK));
    }

    private MapStyle.Visibility visibility(JsonNode o) throws DataException {
        String v = "overlay.visibility";
        Map<Tier, Float> nodesFrom = new EnumMap<>(Tier.class);
        Map<Tier, Integer> tierPriority = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            nodesFrom.put(tier, number(o, v + ".nodesFrom." + EntryReader.kebab(tier), DataLimits.ZOOM));
            tierPriority.put(tier, priority(o, v + ".labelPriority.tiers." + EntryReader.kebab(tier)));
        }
        Map<PlaceRole, Float> rolesFrom = new EnumMap<>(PlaceRole.class);
        Map<PlaceRole, Integer> rolePriority = new EnumMap<>(PlaceRole.class);
        for (PlaceRole role : PlaceRole.values()) {
            String name = EntryReader.kebab(role);
            if (node(o, v + ".externalRolesFrom").has(name)) {
                rolesFrom.put(role, number(o, v + ".externalRolesFrom." + name, DataLimits.ZOOM));
            }
            if (node(o, v + ".labelPriority.externalRoles").has(name)) {
                rolePriority.put(role, priority(o, v + ".labelPriority.externalRoles." + name));
            }
        }
        Set<Tier> essential = EnumSet.noneOf(Tier.class);
        JsonNode tiers = node(o, v + ".essentialTiers");
        if (!tiers.isArray()) {
            throw problem(v + ".essentialTiers", "data.field.notList", "essentialTiers");
        }
        for (JsonNode tier : tiers) {
            essential.add(Arrays.stream(Tier.values()).filter(t -> EntryReader.kebab(t).equals(tier.asText()))
                    .findFirst().orElseThrow(() -> problem(v + ".essentialTiers", "data.style.notTier", tier.asText())));
        }
        return new MapStyle.Visibility(nodesFrom, rolesFrom, number(o, v + ".circleDetailFrom", DataLimits.ZOOM),
                number(o, v + ".provinceLabels.from", DataLimits.ZOOM),
                number(o, v + ".provinceLabels.until", DataLimits.ZOOM),
                number(o, v + ".unitLabelsFrom", DataLimits.ZOOM), number(o, v + ".bilingualFrom", DataLimits.ZOOM),
                tierPriority, rolePriority,
                priority(o, v + ".labelPriority.cluster"), priority(o, v + ".labelPriority.province"),
                priority(o, v + ".labelPriority.unit"), essential);
    }

    private int priority(JsonNode section, String key) throws DataException {
        JsonNode node = node(section, key);
        if (!node.isInt() || node.intValue() < 0) {
            throw problem(key, "data.style.notCount");
        }
        inRange(key, node.intValue(), DataLimits.PRIORITY);
        return node.intValue();
    }

    private MapStyle.Flows flows(JsonNode o) throws DataException {
        Map<FlowKind, MapStyle.Line> byKind = new EnumMap<>(FlowKind.class);
        for (FlowKind kind : FlowKind.values()) {
            byKind.put(kind, line(o, "overlay.flows." + EntryReader.kebab(kind)));
        }
        float alpha = number(o, "overlay.flows.areaAlpha", DataLimits.ALPHA);
        return new MapStyle.Flows(byKind, color(o, "overlay.flows.casing"),
                number(o, "overlay.flows.headLength", DataLimits.DISTANCE), Math.round(alpha));
    }

    private MapStyle.Node nodeStyle(JsonNode o, String key) throws DataException {
        JsonNode bold = node(o, key + ".bold");
        if (!bold.isBoolean()) {
            throw problem(key + ".bold", "data.field.notBoolean", "bold");
        }
        return new MapStyle.Node(number(o, key + ".radius", DataLimits.RADIUS), color(o, key + ".fill"),
                color(o, key + ".outline"), number(o, key + ".width", DataLimits.LINE_WIDTH),
                number(o, key + ".fontSize", DataLimits.FONT_SIZE), bold.booleanValue(), color(o, key + ".labelColor"));
    }

    private MapStyle.Line line(JsonNode section, String key) throws DataException {
        JsonNode node = node(section, key);
        float[] dash = node.has("dash") ? numbers(section, key + ".dash", DataLimits.DASH_LENGTH) : new float[0];
        return new MapStyle.Line(color(section, key + ".color"), number(section, key + ".width", DataLimits.LINE_WIDTH),
                dash);
    }

    private MapStyle.Area area(JsonNode section, String key) throws DataException {
        JsonNode node = node(section, key);
        float[] dash = node.has("dash") ? numbers(section, key + ".dash", DataLimits.DASH_LENGTH) : new float[0];
        return new MapStyle.Area(color(section, key + ".fill"), color(section, key + ".outline"),
                number(section, key + ".width", DataLimits.LINE_WIDTH), dash);
    }

    /** Finds a field by its dotted key; the key's first segment names the section already given. */
    private JsonNode node(JsonNode section, String key) throws DataException {
        String[] segments = key.split("\\.");
        JsonNode node = section;
        for (int i = 1; i < segments.length; i++) {
            node = node.path(segments[i]);
        }
        if (node.isMissingNode() || node.isNull()) {
            throw problem(key, "data.style.missing");
        }
        return node;
    }

    private Color color(JsonNode section, String key) throws DataException {
        String text = node(section, key).asText();
        if (!text.matches("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?")) {
            throw problem(key, "data.style.colour", text);
        }
        int rgb = Integer.parseInt(text.substring(1, 7), 16);
        int alpha = text.length() == 9 ? Integer.parseInt(text.substring(7), 16) : 255;
        return new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, alpha);
    }

    /** A number within its range of {@link DataLimits}: a size the renderer can draw and a PDF can hold. */
    private float number(JsonNode section, String key, DataLimits.Range range) throws DataException {
        JsonNode node = node(section, key);
        if (!node.isNumber() || node.doubleValue() < 0) {
            throw problem(key, "data.style.notSize");
        }
        inRange(key, node.doubleValue(), range);
        return node.floatValue();
    }

    private float[] numbers(JsonNode section, String key, DataLimits.Range range) throws DataException {
        JsonNode node = node(section, key);
        if (!node.isArray() || node.isEmpty() || node.size() > DataLimits.STYLE_LIST_LENGTH) {
            throw problem(key, "data.style.notNumbers");
        }
        float[] values = new float[node.size()];
        for (int i = 0; i < values.length; i++) {
            if (!node.get(i).isNumber() || node.get(i).doubleValue() <= 0) {
                throw problem(key, "data.style.notPositive");
            }
            inRange(key, node.get(i).doubleValue(), range);
            values[i] = node.get(i).floatValue();
        }
        return values;
    }

    private void inRange(String key, double value, DataLimits.Range range) throws DataException {
        if (!range.contains(value)) {
            throw problem(key, "data.limit.range", key.substring(key.lastIndexOf('.') + 1),
                    DataLimits.Range.plain(value), range.minText(), range.maxText());
        }
    }

    private DataException problem(String field, String key, String... arguments) {
        return new DataException(path, field, Messages.bilingual(key, arguments));
    }

    private String fingerprint(String file) throws DataException {
        try (InputStream in = files.open(file)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new DataException(file, "", Messages.bilingual("data.style.unreadable"), e);
        }
    }
}
