// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Passage;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.model.PhaseFeature;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Precision;
import org.hinterlandatlas.model.Story;
import org.hinterlandatlas.model.TheoryElement;
import org.hinterlandatlas.model.TimelineEvent;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** The shipped story against the paper: Table 1 verbatim, every reference resolves, both languages present. */
class StoryContentTest {

    /** Table 1 of the paper (表1 习近平总书记对成渝地区的重要指示): time, event or meeting, statement. */
    private static final List<List<String>> TABLE_1 = List.of(
            List.of("2019年4月",
                    "习近平总书记在重庆考察",
                    "希望重庆全面落实党中央决策部署,努力在推进新时代西部大开发中发挥支撑作用、在推进共建“一带一路”中发挥带动作用、在推进长江经济带绿色发展中发挥示范作用"),
            List.of("2020年1月",
                    "中央财经委员会第六次会议",
                    "推动成渝地区双城经济圈建设,有利于在西部形成高质量发展的重要增长极,打造内陆开放战略高地,对于推动高质量发展具有重要意义"),
            List.of("2022年6月",
                    "习近平总书记在四川考察",
                    "推动治蜀兴川再上新台阶,在新时代打造更高水平的“天府粮仓”"),
            List.of("2022年10月",
                    "习近平总书记在中国共产党第二十次全国代表大会上的报告",
                    "高标准、高质量建设雄安新区,推动成渝地区双城经济圈建设"),
            List.of("2023年7月",
                    "习近平总书记在四川考察",
                    "推动新时代治蜀兴川再上新台阶,四川是我国发展的战略腹地;坚持“川渝一盘棋”,加强成渝区域协同发展,构筑向西开放战略高地和参与国际竞争新基地,尽快成为带动西部高质量发展的重要增长极和新的动力源"),
            List.of("2024年4月",
                    "习近平总书记在重庆考察并主持召开新时代推动西部大开发座谈会",
                    "建设成渝地区双城经济圈是党中央作出的重大战略决策;重庆、四川两地要紧密合作,不断提升发展能级,共同唱好新时代西部“双城记”;大力推进成渝地区双城经济圈建设,积极培育城市群,发展壮大一批省域副中心城市,促进城市间基础设施联通、公共服务共享"));

    private final AtlasContent content = ShippedAtlas.atlas().content();
    private final Story story = content.story();

    @Test
    void table1EqualsThePaperRowForRow() {
        List<TimelineEvent> rows = story.table1();
        assertEquals(6, rows.size());
        for (int i = 0; i < TABLE_1.size(); i++) {
            TimelineEvent row = rows.get(i);
            assertEquals(TABLE_1.get(i), List.of(row.time().zh(), row.event().zh(), row.statement().zh()), "row " + (i + 1));
            assertTrue(row.citations().contains(new Citation("gong-song-2024", "表1")), row.id());
        }
    }

    @Test
    void everyPhaseAndEventNamesExistingFeaturesAndSources() {
        for (Phase phase : story.phases()) {
            for (PhaseFeature feature : phase.features()) {
                assertTrue(content.nameOf(feature.ref()).isPresent(), phase.id() + ": " + feature.ref());
            }
            assertSources(phase.id(), phase.citations());
            assertFeaturesExist(phase.state());
        }
        for (TimelineEvent event : story.events()) {
            assertTrue(event.date().matches("\\d{4}(-\\d{2})?"), event.id());
            assertSources(event.id(), event.citations());
            assertFeaturesExist(event.state());
            assertFalse(event.state().highlighted().isEmpty(), event.id() + " highlights nothing");
        }
        for (TheoryElement element : story.definition().elements()) {
            assertSources(element.id(), element.citations());
            assertFeaturesExist(element.state());
        }
    }

    @Test
    void everyTextExistsInChineseAndEnglish() {
        List<Bilingual> texts = new ArrayList<>();
        for (Passage passage : List.of(story.definition().hinterland(), story.definition().coreArea(),
                story.definition().traitsPassage(), story.definition().theory(), story.definition().effects())) {
            texts.add(passage.title());
            texts.add(passage.text());
        }
        texts.addAll(story.definition().traits());
        story.definition().elements().forEach(e -> {
            texts.add(e.name());
            texts.add(e.text());
        });
        for (Phase phase : story.phases()) {
            texts.addAll(List.of(phase.title(), phase.period(), phase.narrative()));
            phase.features().forEach(f -> texts.add(f.role()));
        }
        for (TimelineEvent event : story.events()) {
            texts.addAll(List.of(event.time(), event.event(), event.statement()));
        }
        for (Bilingual text : texts) {
            assertFalse(text.zh().isBlank() || text.en().isBlank(), text.toString());
            assertTrue(text.zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    || text.zh().matches("[0-9–—]+"), "the Chinese text has no Chinese: " + text);
        }
    }

    @Test
    void theStoryHasTheIssuesPhasesInOrderAndUniqueStateIds() {
        List<String> ids = story.phases().stream().map(Phase::id).toList();
        assertEquals(List.of("phase-tang-song", "phase-rear-area", "phase-third-front", "phase-municipality",
                "phase-economic-zone", "phase-city-cluster", "phase-twin-city-circle", "phase-strategic-hinterland"), ids);
        Set<String> stateIds = new HashSet<>();
        for (MapState state : content.mapStates()) {
            assertTrue(stateIds.add(state.id()), "duplicate state id " + state.id());
        }
        assertTrue(stateIds.containsAll(List.of("circle", "definition", "phase-third-front", "event-2020-01")));
    }

    @Test
    void thirdFrontPlantsAreLocatedAtTheirCitiesOrDistrictsAndSaySo() {
        Phase thirdFront = story.phase("phase-third-front").orElseThrow();
        List<Place> plants = thirdFront.features().stream().map(PhaseFeature::ref)
                .filter(r -> r.kind() == FeatureRef.Kind.PLACE)
                .map(r -> content.place(r.id()).orElseThrow())
                .filter(p -> p.role() == PlaceRole.HISTORIC_SITE).toList();
        assertEquals(7, plants.size());
        // the narrative counts the plants the map marks
        assertTrue(thirdFront.narrative().zh().contains("地图标出能在出版者本身的页面上确认所在地的七家"));
        assertTrue(thirdFront.narrative().en().contains("The map marks the seven"));
        for (Place plant : plants) {
            // no plant's exact site is sourced: each stands for its city, or its district where a source gives it
            boolean district = plant.precision() == Precision.DISTRICT;
            assertTrue(district || plant.precision() == Precision.CITY, plant.id());
            assertTrue(plant.description().zh().contains(district ? "只表示所在区" : "只表示所在城市"), plant.id());
            assertTrue(plant.description().en().contains(district ? "stands for the district only"
                    : "stands for the city only"), plant.id());
        }
    }

    @Test
    void theReferenceListFollowsTheCatalogueWithThePaperFirst() {
        List<String> numbered = new org.hinterlandatlas.model.ReferenceList(content.sources(), "gong-song-2024")
                .sources().stream().map(org.hinterlandatlas.model.Source::id).toList();
        assertEquals(List.copyOf(content.sources().keySet()), numbered);
        assertEquals("gong-song-2024", numbered.get(0));
    }

    private void assertSources(String entry, List<Citation> citations) {
        assertFalse(citations.isEmpty(), entry + " has no source");
        citations.forEach(c -> assertTrue(content.source(c.sourceId()).isPresent(), entry + ": " + c.sourceId()));
    }

    private void assertFeaturesExist(MapState state) {
        state.highlighted().forEach(ref -> assertTrue(content.nameOf(ref).isPresent(), state.id() + ": " + ref));
    }
}
