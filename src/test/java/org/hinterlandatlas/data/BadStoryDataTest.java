// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.support.OverridingDataFiles;
import org.junit.jupiter.api.Test;

/** Broken story content stops loading with one message naming the file, the entry and the problem. */
class BadStoryDataTest {

    private static final String PHASES = "content/phases.json";
    private static final String TIMELINE = "content/timeline.json";
    private static final String DEFINITION = "content/definition.json";
    private static final String SITES = "geodata/thematic/history-sites.geojson";

    private static DataException failure(OverridingDataFiles files) {
        return assertThrows(DataException.class, () -> new AtlasLoader(files).load());
    }

    @Test
    void aPhaseNamingAnUnknownFeatureIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(PHASES,
                text -> text.replaceFirst("\"place:yangzhou\"", "\"place:atlantis\"")));
        assertEquals(PHASES, e.file());
        assertEquals("phase-tang-song", e.entry());
        assertEquals("it names an unknown feature \"place:atlantis\"", e.problem().en());
        assertEquals("content/phases.json，条目“phase-tang-song”：引用了不存在的要素“place:atlantis”",
                e.describe(Language.ZH));
    }

    @Test
    void anEndingMustNameAFeatureOfAnEarlierPhaseAndItsSource() throws IOException, DataException {
        // the municipality phase says the Third Front's backbone plant ended: the atlas accepts it with a source
        String ending = "\"ends\": [ { \"ref\": \"place:panzhihua-steel\", \"citations\": [ { \"source\": \"gong-song-2024\" } ] } ],\n      \"map\": {\n        \"bounds\": [\n          102.5";
        new AtlasLoader(new OverridingDataFiles().edit(PHASES,
                text -> text.replace("\"map\": {\n        \"bounds\": [\n          102.5", ending))).load();

        DataException notEarlier = failure(new OverridingDataFiles().edit(PHASES, text -> text.replace(
                "\"map\": {\n        \"bounds\": [\n          102.5", ending.replace("panzhihua-steel", "deyang"))));
        assertEquals("phase-municipality", notEarlier.entry());
        assertEquals("\"ends\" names \"place:deyang\", which no earlier phase has", notEarlier.problem().en());

        DataException unsourced = failure(new OverridingDataFiles().edit(PHASES, text -> text.replace(
                "\"map\": {\n        \"bounds\": [\n          102.5",
                ending.replace(", \"citations\": [ { \"source\": \"gong-song-2024\" } ]", ""))));
        assertTrue(unsourced.problem().en().contains("no source"), unsourced.getMessage());
    }

    @Test
    void anEventWithoutADateIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(TIMELINE,
                text -> text.replaceFirst("\"date\": \"2020-01\",", "")));
        assertEquals(TIMELINE, e.file());
        assertEquals("event-2020-01", e.entry());
        assertEquals("the event has no date", e.problem().en());
    }

    @Test
    void anEventWithoutASourceIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(TIMELINE,
                text -> text.replaceFirst("\"citations\"", "\"cites\"")));
        assertEquals(TIMELINE, e.file());
        assertEquals("event-2019-04", e.entry());
        assertTrue(e.problem().en().contains("no source"), e.getMessage());
    }

    @Test
    void aCitationOfAnUnknownSourceIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(PHASES,
                text -> text.replaceFirst("\"source\": \"npc-1997-chongqing\"", "\"source\": \"npc-2099\"")));
        assertEquals("phase-municipality", e.entry());
        assertTrue(e.problem().en().contains("\"npc-2099\" is not in content/sources.json"), e.getMessage());
    }

    @Test
    void aMissingTranslationIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(PHASES,
                text -> text.replaceFirst("\"narrative_en\"", "\"narrative_english\"")));
        assertEquals(PHASES, e.file());
        assertEquals("phase-tang-song", e.entry());
        assertEquals("the field \"narrative_en\" is missing", e.problem().en());
    }

    @Test
    void anUnknownLayerIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(DEFINITION,
                text -> text.replaceFirst("\"hinterland\",", "\"hinterlands\",")));
        assertEquals(DEFINITION, e.file());
        assertEquals("definition", e.entry());
        assertEquals("unknown layer \"hinterlands\"", e.problem().en());
    }

    @Test
    void aStateIdUsedTwiceIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(PHASES,
                text -> text.replaceFirst("\"id\": \"phase-tang-song\"", "\"id\": \"circle\"")));
        assertEquals("circle", e.entry());
        assertTrue(e.problem().en().contains("already used"), e.getMessage());
    }

    @Test
    void eventsOutOfDateOrderAreRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(TIMELINE,
                text -> text.replaceFirst("\"date\": \"2022-06\"", "\"date\": \"2019-01\"")));
        assertEquals("event-2022-06", e.entry());
        assertTrue(e.problem().en().contains("date order"), e.getMessage());
    }

    @Test
    void aHistoricSiteWithoutPrecisionIsRefused() throws IOException {
        DataException e = failure(new OverridingDataFiles().edit(SITES,
                text -> text.replaceFirst("\"precision\": \"city\",", "")));
        assertEquals(SITES, e.file());
        assertEquals("yangzhou", e.entry());
        assertEquals("the field \"precision\" is missing", e.problem().en());
    }
}
