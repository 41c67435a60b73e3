// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.support.OverridingDataFiles;
import org.junit.jupiter.api.Test;

/**
 * Each test breaks one thing in otherwise good data and checks that loading stops with one message that
 * names the file, the feature and the problem, in both languages.
 */
class BadDataTest {

    private static final String PLACES = "geodata/thematic/places.geojson";
    private static final String CORRIDORS = "geodata/thematic/corridors.geojson";
    private static final String PROVINCES = "geodata/base/provinces.hi.geojson";

    private static DataException failure(OverridingDataFiles files) {
        return assertThrows(DataException.class, () -> new AtlasLoader(files).load());
    }

    @Test
    void malformedJsonNamesTheFileAndTheLine() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(PLACES, text -> text.replaceFirst("\\{", "{{")));
        assertEquals(PLACES, e.file());
        assertTrue(e.problem().en().startsWith("malformed JSON (line 1"), e.getMessage());
        assertTrue(e.problem().zh().startsWith("JSON 格式错误"), e.describe(Language.ZH));
    }

    @Test
    void aWrongGeometryTypeIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(PLACES,
                text -> text.replaceFirst("\"type\": \"Point\"", "\"type\": \"Polygon\"")));
        assertEquals(PLACES, e.file());
        assertFalse(e.entry().isEmpty());
        assertTrue(e.problem().en().contains("wrong geometry type \"Polygon\""), e.getMessage());
    }

    @Test
    void aCoordinateOutOfRangeIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(PLACES,
                text -> text.replaceFirst("104\\.06667", "204.06667")));
        assertEquals("chengdu", e.entry());
        assertEquals("longitude 204.06667 is outside -180..180", e.problem().en());
        assertEquals("geodata/thematic/places.geojson, feature \"chengdu\": longitude 204.06667 is outside -180..180",
                e.getMessage());
    }

    @Test
    void aFeatureWithoutANameIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(PROVINCES,
                text -> text.replaceFirst("\"name_en\": ?\"Sichuan\"", "\"name_english\":\"Sichuan\"")));
        assertEquals(PROVINCES, e.file());
        assertEquals("p510000", e.entry());
        assertEquals("the field \"name_en\" is missing", e.problem().en());
    }

    @Test
    void aFeatureWithoutASourceIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(CORRIDORS,
                text -> text.replaceFirst("\"citations\"", "\"references\"")));
        assertEquals(CORRIDORS, e.file());
        assertFalse(e.entry().isEmpty());
        assertTrue(e.problem().en().contains("no source"), e.getMessage());
    }

    @Test
    void aCitationOfAnUnknownSourceIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(PLACES,
                text -> text.replaceFirst("\"source\": \"gong-song-2024\"", "\"source\": \"gong-2099\"")));
        assertEquals(PLACES, e.file());
        assertTrue(e.problem().en().contains("\"gong-2099\" is not in content/sources.json"), e.getMessage());
    }

    @Test
    void anUnknownLayerIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(PROVINCES,
                text -> text.replaceFirst("\"layer\": ?\"provinces\"", "\"layer\": \"townships\"")));
        assertEquals(PROVINCES, e.file());
        assertTrue(e.problem().en().startsWith("unknown layer \"townships\""), e.getMessage());
    }

    @Test
    void aCorridorThroughAnUnknownPlaceIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(CORRIDORS,
                text -> text.replaceFirst("\"chengdu\"", "\"atlantis\"")));
        assertEquals(CORRIDORS, e.file());
        assertTrue(e.problem().en().contains("\"atlantis\", which is not in places.geojson"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        DataException e = failure(new OverridingDataFiles().remove("geodata/base/rivers.mid.geojson"));
        assertEquals("geodata/base/rivers.mid.geojson", e.file());
        assertEquals("the file is missing", e.problem().en());
        assertEquals("文件不存在", e.problem().zh());
    }

    @Test
    void aPrefectureWithoutMembershipIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit("geodata/thematic/circle-membership.json",
                text -> text.replaceFirst("\"code\": \"510400\"", "\"code\": \"519999\"")));
        assertEquals("geodata/thematic/circle-membership.json", e.file());
        assertEquals("519999", e.entry());
    }

    @Test
    void aMissingTranslationIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(PLACES,
                text -> text.replaceFirst("\"description_en\"", "\"description_fr\"")));
        assertEquals(PLACES, e.file());
        assertEquals("the field \"description_en\" is missing", e.problem().en());
    }
}
