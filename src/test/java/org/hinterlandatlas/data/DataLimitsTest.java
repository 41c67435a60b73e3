// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hinterlandatlas.geo.WorldGeometry;
import org.hinterlandatlas.support.OverridingDataFiles;
import org.junit.jupiter.api.Test;

/**
 * Each limit of {@link DataLimits} and each defect found by attacking the loaders: the file beyond the limit
 * is refused with a message that names the file, the feature and the limit, in both languages.
 */
class DataLimitsTest {

    private static final String PROVINCES = "geodata/base/provinces.hi.geojson";

    private static DataException atlasFailure(String file, UnaryOperator<String> change) throws IOException {
        return assertThrows(DataException.class, () -> new AtlasLoader(new OverridingDataFiles().edit(file, change)).load());
    }

    private static DataException styleFailure(UnaryOperator<String> change) throws IOException {
        OverridingDataFiles files = new OverridingDataFiles().edit(StyleLoader.DEFAULT_STYLE, change);
        return assertThrows(DataException.class, () -> new StyleLoader(files, StyleLoader.DEFAULT_STYLE).load());
    }

    private static String first(String text, String from, String to) {
        assertTrue(text.contains(from), "the shipped file has " + from);
        return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    /** A one-file layer of provinces around the given geometry, read by the base map's reader. */
    private static DataException layerFailure(String geometry) {
        String text = "{\"type\": \"FeatureCollection\", \"layer\": \"provinces\", \"features\": [{\"type\": \"Feature\","
                + " \"properties\": {\"id\": \"p1\", \"name_zh\": \"甲\", \"name_en\": \"A\"}, \"geometry\": " + geometry + "}]}";
        DataFiles files = path -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return assertThrows(DataException.class, () -> new GeoJsonReader(new JsonFiles(files))
                .read(PROVINCES, "provinces", WorldGeometry.Kind.POLYGON));
    }

    // ---- content numbers

    @Test
    void aTable2CountAboveTwoToTheThirtyFirstIsRefusedWithItsCell() throws IOException {
        DataException e = atlasFailure(EvidenceLoader.TABLE2, t -> first(t, "\"3 499\"", "\"999 999 999 999\""));
        assertEquals(EvidenceLoader.TABLE2, e.file());
        assertEquals("chengyu", e.entry());
        assertEquals("the cell \"999 999 999 999\" of 510000 is above the largest count allowed, 9999999",
                e.problem().en());
        assertTrue(e.problem().zh().contains("超过允许的最大计数 9999999"), e.problem().zh());
    }

    @Test
    void aKeyFigureAboveItsRangeIsRefused() throws IOException {
        DataException e = atlasFailure(EvidenceLoader.FIGURES, t -> t.replaceFirst("\"value\": \"[0-9.]+\"",
                "\"value\": \"99999999999999999999\""));
        assertEquals(EvidenceLoader.FIGURES, e.file());
        assertTrue(e.problem().en().contains("outside the allowed 0 to 1000000000"), e.getMessage());
    }

    @Test
    void aStoryYearOutsideItsRangeIsRefused() throws IOException {
        DataException e = atlasFailure(StoryLoader.PHASES, t -> first(t, "\"from\": 1964", "\"from\": -9999"));
        assertEquals(StoryLoader.PHASES, e.file());
        assertTrue(e.problem().en().startsWith("from is -9999, outside the allowed 1800 to 2100"), e.getMessage());
    }

    // ---- bounds

    @Test
    void evidenceBoundsOfPlusMinusOneE308AreRefused() throws IOException {
        DataException e = atlasFailure(EvidenceLoader.CLAIMS, t -> first(t, "[ 73.5, 17.0, 135.1, 53.6 ]",
                "[ -1e308, -1e308, 1e308, 1e308 ]"));
        assertEquals(EvidenceLoader.CLAIMS, e.file());
        assertTrue(e.problem().en().startsWith("west is -1.0E308, outside the allowed -180 to 180"), e.getMessage());
        assertTrue(e.problem().zh().startsWith("west 为 -1.0E308，超出允许范围 -180 至 180"), e.problem().zh());
    }

    @Test
    void aLatitudeOf89Point9IsRefused() throws IOException {
        DataException e = atlasFailure(EvidenceLoader.CLAIMS, t -> first(t, "[ 73.5, 17.0, 135.1, 53.6 ]",
                "[ 73.5, 17.0, 135.1, 89.9 ]"));
        assertEquals("north is 89.9, outside the allowed -85 to 85", e.problem().en());
    }

    @Test
    void invertedAndZeroAreaBoundsAreRefused() throws IOException {
        DataException inverted = atlasFailure(EvidenceLoader.CLAIMS, t -> first(t, "[ 73.5, 17.0, 135.1, 53.6 ]",
                "[ 135.1, 17.0, 73.5, 53.6 ]"));
        assertTrue(inverted.problem().en().contains("valid \"bounds\""), inverted.getMessage());
        DataException flat = atlasFailure(EvidenceLoader.CLAIMS, t -> first(t, "[ 73.5, 17.0, 135.1, 53.6 ]",
                "[ 73.5, 17.0, 73.5000001, 53.6 ]"));
        assertEquals("the bounds must be at least 0.01° wide and high", flat.problem().en());
    }

    @Test
    void booleansOrTextsAsViewBoundsAreRefused() throws IOException {
        DataException view = atlasFailure(ContentLoader.VIEWS, t -> first(t, "[73.5, 17.0, 135.1, 53.6]",
                "[true, false, true, true]"));
        assertEquals(ContentLoader.VIEWS, view.file());
        assertEquals("national", view.entry());
        assertEquals("west must be a number, not true", view.problem().en());
        DataException story = atlasFailure(StoryLoader.PHASES, t -> t.replaceFirst(
                "\"bounds\": \\[\\s*101\\.5,", "\"bounds\": [ \"101.5\","));
        assertEquals(StoryLoader.PHASES, story.file());
        assertEquals("west must be a number, not \"101.5\"", story.problem().en());
    }

    // ---- style numbers

    @Test
    void aFontSizeOfOneE21IsRefused() throws IOException {
        DataException e = styleFailure(t -> first(t, "\"fontSize\": 17", "\"fontSize\": 1e21"));
        assertEquals("styles/map-style.json, feature \"overlay.nodes.core.fontSize\": fontSize is 1.0E21, outside the"
                + " allowed 4 to 96", e.getMessage());
        assertTrue(e.problem().zh().contains("超出允许范围 4 至 96"), e.problem().zh());
    }

    @Test
    void aLineWidthOfOneE308IsRefused() throws IOException {
        DataException e = styleFailure(t -> first(t, "\"width\": 5.0", "\"width\": 1e308"));
        assertEquals("overlay.highlight.width", e.entry());
        assertEquals("width is 1.0E308, outside the allowed 0 to 20", e.problem().en());
    }

    @Test
    void aShrinkOfZeroIsRefused() throws IOException {
        DataException e = styleFailure(t -> first(t, "\"shrink\": 0.85", "\"shrink\": 0"));
        assertEquals("overlay.labels.shrink", e.entry());
    }

    @Test
    void aBoldThatIsNoBooleanIsRefused() throws IOException {
        DataException e = styleFailure(t -> first(t, "\"bold\": true", "\"bold\": \"yes\""));
        assertEquals("overlay.nodes.core.bold", e.entry());
    }

    // ---- geometry

    @Test
    void aMillionVertexPolygonIsRefused() {
        String ring = "[0,0]," + "[1,1],".repeat(1_000_000) + "[0,0]";
        DataException e = layerFailure("{\"type\": \"Polygon\", \"coordinates\": [[" + ring + "]]}");
        assertEquals(PROVINCES, e.file());
        assertEquals("p1", e.entry());
        assertEquals("its geometry has more than 200000 points, the limit for one feature", e.problem().en());
    }

    @Test
    void aSelfIntersectingPolygonIsRefusedWithItsFeature() {
        DataException e = layerFailure("{\"type\": \"Polygon\", \"coordinates\": [[[100,30],[102,32],[102,30],"
                + "[100,32],[100,30]]]}");
        assertEquals("p1", e.entry());
        assertEquals("a polygon is not valid: it crosses itself near 101.0, 31.0", e.problem().en());
        assertTrue(e.problem().zh().startsWith("多边形无效：边界自相交"), e.problem().zh());
    }

    @Test
    void aDegeneratePolygonIsRefused() {
        DataException e = layerFailure("{\"type\": \"MultiPolygon\", \"coordinates\": [[[[100,30],[101,31],[102,32],"
                + "[100,30]]]]}");
        assertEquals("a polygon is not valid: a ring encloses no area near 100.0, 30.0", e.problem().en());
    }

    @Test
    void aHoleOutsideItsShellIsRefused() {
        DataException e = layerFailure("{\"type\": \"Polygon\", \"coordinates\": [[[100,30],[101,30],[101,31],"
                + "[100,31],[100,30]], [[105,30],[106,30],[106,31],[105,30]]]}");
        assertTrue(e.problem().en().startsWith("a polygon is not valid: a hole lies outside its shell"),
                e.getMessage());
    }

    @Test
    void aSelfIntersectingProvinceStopsTheAtlas() throws IOException {
        DataException e = atlasFailure(PROVINCES, t -> t.replaceFirst(
                "\"coordinates\":\\[\\[\\[", "\"coordinates\":[[[[116, 40], [117, 41], [117, 40], [116, 41], [116, 40]]], [["));
        assertEquals(PROVINCES, e.file());
        assertTrue(e.problem().en().startsWith("a polygon is not valid"), e.getMessage());
    }

    @Test
    void aRiverRankOutsideItsRangeIsRefused() throws IOException {
        DataException e = atlasFailure("geodata/base/rivers.lo.geojson", t -> t.replaceFirst("\"rank\":1", "\"rank\":1e300"));
        assertEquals("geodata/base/rivers.lo.geojson", e.file());
        assertEquals("rank is 1.0E300, outside the allowed 1 to 9", e.problem().en());
    }

    // ---- files

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutReadingItAll() {
        DataFiles files = path -> new InputStream() {
            private long left = 50L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }
        };
        DataException e = assertThrows(DataException.class, () -> new JsonFiles(files).read(PROVINCES));
        assertEquals(PROVINCES, e.file());
        assertEquals("the file is larger than 16 MB (16777216 bytes), the limit for this kind of file",
                e.problem().en());
        DataException content = assertThrows(DataException.class, () -> new JsonFiles(files).read(ContentLoader.VIEWS));
        assertTrue(content.problem().en().startsWith("the file is larger than 2 MB"), content.getMessage());
    }

    @Test
    void aLoadThatOutrunsItsTimeIsStopped() {
        AtomicLong clock = new AtomicLong();
        // every look at the clock finds ten more seconds gone: the twelfth file is beyond the two minutes
        AtlasLoader loader = new AtlasLoader(new ClasspathDataFiles(), () -> clock.addAndGet(TimeUnit.SECONDS.toNanos(10)));
        DataException e = assertThrows(DataException.class, loader::load);
        assertEquals("loading took longer than the limit of 120 s", e.problem().en());
        assertTrue(e.problem().zh().contains("120 秒"), e.problem().zh());
    }

    @Test
    void aMissingFileStaysAMissingFile() {
        DataFiles files = path -> {
            throw new FileNotFoundException(path);
        };
        assertEquals("the file is missing",
                assertThrows(DataException.class, () -> new JsonFiles(files).read("x.json")).problem().en());
    }
}
