// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.ClaimKind;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.MeasureSite;
import org.hinterlandatlas.model.PathMeasure;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.Precision;
import org.hinterlandatlas.model.StatUnit;
import org.hinterlandatlas.model.Statistic;
import org.hinterlandatlas.model.ThinkingMode;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** The shipped evidence says what §三 and §四 of the paper say, each item with its unit, year, source and map state. */
class EvidenceDataTest {

    private final AtlasContent content = ShippedAtlas.atlas().content();
    private final Evidence evidence = content.evidence();

    @Test
    void everyStatisticHasAUnitAYearAndASourceInThePaper() {
        assertFalse(evidence.figures().isEmpty());
        for (Statistic figure : evidence.figures()) {
            assertTrue(figure.unit() != null && figure.year() >= 2000 && figure.year() <= 2024, figure.id());
            assertTrue(figure.value().signum() > 0, figure.id());
            assertTrue(figure.citations().stream().anyMatch(c -> c.sourceId().equals("gong-song-2024")
                    && c.at().startsWith("§三(一)")), figure.id() + " cites §三(一)");
        }
    }

    @Test
    void theKeyFiguresAreThoseTheTextStates() {
        assertFigure("gdp-2022", "77587.99", StatUnit.YI_YUAN, 2022);
        assertFigure("gdp-share-china", "6.4", StatUnit.PERCENT, 2022);
        assertFigure("gdp-share-west", "30.2", StatUnit.PERCENT, 2022);
        assertFigure("industrial-categories", "41", StatUnit.CATEGORIES, 2024);
        assertFigure("talent", "1730", StatUnit.WAN_PEOPLE, 2024);
        assertFigure("students", "317.16", StatUnit.WAN_PEOPLE, 2024);
        assertFigure("rd-staff", "55.5", StatUnit.WAN_PEOPLE, 2024);
        assertFigure("academicians", "83", StatUnit.PEOPLE, 2024);
        assertFigure("global-500", "5", StatUnit.FIRMS, 2022);
        assertFigure("china-500", "26", StatUnit.FIRMS, 2022);
        assertFigure("national-clusters", "3", StatUnit.CLUSTERS, 2022);
        assertFigure("electronics-cluster", "1.68", StatUnit.WAN_YI_YUAN, 2022);
        assertFigure("electronics-share", "10.9", StatUnit.PERCENT, 2022);
        assertFigure("emerging-share", "30", StatUnit.PERCENT, 2022);
        assertFigure("high-tech-share", "16.5", StatUnit.PERCENT, 2022);
        assertFigure("landsea-countries", "120", StatUnit.COUNTRIES_REGIONS, 2023);
        assertFigure("landsea-ports", "500", StatUnit.PORTS, 2023);
        assertFigure("china-europe-trains", "1.4", StatUnit.WAN_TRAINS, 2023);
    }

    private void assertFigure(String id, String value, StatUnit unit, int year) {
        Statistic figure = evidence.figures().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        assertEquals(new java.math.BigDecimal(value), figure.value(), id);
        assertEquals(unit, figure.unit(), id);
        assertEquals(year, figure.year(), id);
    }

    @Test
    void evidenceLeavesTheStorysHistoricSitesOffTheMap() {
        for (MapState state : evidence.mapStates()) {
            assertFalse(state.layers().contains(MapLayerId.HISTORY), state.id());
        }
    }

    @Test
    void fourStrengthsThreeWeakLinksAndFourPaths() {
        assertEquals(4, evidence.claims(ClaimKind.STRENGTH).size());
        assertEquals(3, evidence.claims(ClaimKind.WEAK_LINK).size());
        assertEquals(List.of("战略思维", "创新思维", "底线思维", "极限思维"),
                evidence.paths().stream().map(m -> m.name().zh()).toList());
        evidence.claims().forEach(c -> assertFalse(c.citations().isEmpty(), c.id()));
    }

    @Test
    void theFiguresOfThePaperAreReferredToNotReconstructed() {
        Set<Integer> referred = new HashSet<>();
        evidence.claims().forEach(c -> referred.addAll(c.figures()));
        evidence.figures().forEach(f -> referred.add(f.figure()));
        assertTrue(referred.containsAll(Set.of(2, 3, 4, 5, 6, 7)), referred.toString());
    }

    @Test
    void measuresHighlightTheirPlacesAndNoSiteClaimsMorePrecisionThanItsPlace() {
        for (ThinkingMode mode : evidence.paths()) {
            for (PathMeasure measure : mode.measures()) {
                for (MeasureSite site : measure.sites()) {
                    site.location().ifPresent(at -> assertTrue(measure.state().highlighted().contains(at),
                            measure.id() + " highlights " + at));
                    if (site.location().map(at -> at.kind() == FeatureRef.Kind.PLACE).orElse(false)) {
                        Place place = content.place(site.location().get().id()).orElseThrow();
                        assertTrue(site.locatedWith().orElseThrow().ordinal() >= place.precision().ordinal(), site.name().en());
                    }
                }
            }
        }
        PathMeasure network = measure("innovation-network");
        assertTrue(network.state().highlighted().containsAll(Set.of(place("chengdu"), place("chongqing"),
                place("deyang"), place("mianyang"), place("rongchang"))), "the tiers of §四(二)1");
        assertTrue(measure("transfer-zones").state().highlighted().contains(place("guangan")));
        assertTrue(measure("major-productive-forces").state().highlighted().contains(place("panzhihua-vanadium-titanium")));
    }

    @Test
    void thePanzhihuaSiteIsAtGeoNamesCityCoordinatesWithCityPrecision() {
        Place panzhihua = content.place("panzhihua-vanadium-titanium").orElseThrow();
        assertEquals(Precision.CITY, panzhihua.precision());
        assertEquals(101.71276, panzhihua.location().lon(), 1e-9);
        assertEquals(26.58509, panzhihua.location().lat(), 1e-9);
    }

    @Test
    void everyEvidenceStateHasAUniqueIdAndIsExportable() {
        List<MapState> states = evidence.mapStates();
        Set<String> ids = new HashSet<>();
        for (MapState state : states) {
            assertTrue(state.id().startsWith(Evidence.STATE_PREFIX), state.id());
            assertTrue(ids.add(state.id()), "unique: " + state.id());
            assertTrue(content.mapState(state.id()).isPresent(), "exportable: " + state.id());
        }
        Set<String> all = new HashSet<>();
        content.mapStates().forEach(s -> assertTrue(all.add(s.id()), "unique across the atlas: " + s.id()));
        int measures = evidence.paths().stream().mapToInt(m -> m.measures().size()).sum();
        assertEquals(4 + 3 + 1 + measures + evidence.figureStates().size(), states.size());
        assertEquals("evidence-strength-base", states.get(0).id(), "in the paper's order");
    }

    private PathMeasure measure(String id) {
        return evidence.paths().stream().flatMap(m -> m.measures().stream()).filter(m -> m.id().equals(id))
                .findFirst().orElseThrow();
    }

    private static FeatureRef place(String id) {
        return new FeatureRef(FeatureRef.Kind.PLACE, id);
    }
}
