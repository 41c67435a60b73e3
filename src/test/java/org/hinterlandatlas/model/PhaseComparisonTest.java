// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PhaseComparisonTest {

    private static final FeatureRef CHONGQING = new FeatureRef(FeatureRef.Kind.PLACE, "chongqing");
    private static final FeatureRef PLANT = new FeatureRef(FeatureRef.Kind.PLACE, "plant");
    private static final FeatureRef RAILWAY = new FeatureRef(FeatureRef.Kind.CORRIDOR, "railway");
    private static final FeatureRef CHENGDU = new FeatureRef(FeatureRef.Kind.PLACE, "chengdu");
    private static final FeatureRef DEYANG = new FeatureRef(FeatureRef.Kind.PLACE, "deyang");
    private static final Bilingual CAPITAL = new Bilingual("战时首都", "wartime capital");
    private static final Bilingual MUNICIPALITY = new Bilingual("直辖市", "municipality");
    private static final Bilingual NODE = new Bilingual("主要节点", "main node");
    private static final Bilingual SECONDARY = new Bilingual("次级节点", "secondary node");
    private static final Bilingual OPERATING = new Bilingual("运营中", "operating");
    private static final Predicate<FeatureRef> ALL = ref -> true;

    private static Phase phase(String id, List<PhaseEnding> ends, PhaseFeature... features) {
        MapState state = new MapState(id, new Bilingual(id, id), new GeoPoint(100, 25), new GeoPoint(110, 32),
                Set.of(MapLayerId.NODES), Set.of());
        return new Phase(id, new Bilingual(id, id), new Bilingual("", ""), Optional.empty(), new Bilingual("", ""),
                List.of(features), ends, state, List.of(new Citation("paper", "")));
    }

    private static Phase phase(String id, PhaseFeature... features) {
        return phase(id, List.of(), features);
    }

    @Test
    void listsWhatIsNoLongerShownChangesAndAppears() {
        Phase earlier = phase("a", new PhaseFeature(CHONGQING, CAPITAL), new PhaseFeature(PLANT, CAPITAL),
                new PhaseFeature(CHENGDU, NODE));
        Phase later = phase("b", new PhaseFeature(RAILWAY, new Bilingual("在建", "under construction")),
                new PhaseFeature(CHENGDU, NODE), new PhaseFeature(CHONGQING, MUNICIPALITY));
        // the plant is carried into the later phase, but its map does not draw it; the railway is new on it
        Predicate<FeatureRef> earlierMap = ref -> !ref.equals(RAILWAY);
        Predicate<FeatureRef> laterMap = ref -> !ref.equals(PLANT);

        List<PhaseComparison.Change> changes = PhaseComparison.between(List.of(earlier, later), earlier, later,
                earlierMap, laterMap);

        assertEquals(List.of(
                new PhaseComparison.Change(PhaseComparison.Kind.CHANGES, CHONGQING, CAPITAL, MUNICIPALITY),
                new PhaseComparison.Change(PhaseComparison.Kind.NO_LONGER_SHOWN, PLANT, CAPITAL, null),
                new PhaseComparison.Change(PhaseComparison.Kind.APPEARS, RAILWAY, null,
                        new Bilingual("在建", "under construction"))), changes);
    }

    @Test
    void whatStillExistsIsCarriedIntoTheLaterPhaseAndNotListed() {
        // 2020: Deyang a secondary node and the railway operating; 2023 names neither, but both are on its map
        Phase circle = phase("circle", new PhaseFeature(DEYANG, SECONDARY), new PhaseFeature(RAILWAY, OPERATING),
                new PhaseFeature(CHENGDU, NODE));
        Phase hinterland = phase("hinterland", new PhaseFeature(CHENGDU, NODE));
        List<Phase> story = List.of(circle, hinterland);

        assertEquals(SECONDARY, PhaseComparison.membership(story, hinterland).get(DEYANG));
        assertEquals(List.of(), PhaseComparison.between(story, circle, hinterland, ALL, ALL));
    }

    @Test
    void onlyWhatIsDrawnIsNamed() {
        Phase a = phase("a", new PhaseFeature(CHENGDU, NODE));
        Phase b = phase("b", new PhaseFeature(CHENGDU, NODE), new PhaseFeature(DEYANG, SECONDARY),
                new PhaseFeature(PLANT, CAPITAL));
        Predicate<FeatureRef> notThePlant = ref -> !ref.equals(PLANT);

        Predicate<FeatureRef> onlyChengdu = ref -> ref.equals(CHENGDU);
        assertEquals(List.of(new PhaseComparison.Change(PhaseComparison.Kind.APPEARS, DEYANG, null, SECONDARY)),
                PhaseComparison.between(List.of(a, b), a, b, onlyChengdu, notThePlant));
        // a feature drawn on neither map is not named, even when its role changes
        Phase c = phase("c", new PhaseFeature(PLANT, NODE));
        assertEquals(List.of(), PhaseComparison.between(List.of(b, c), b, c, notThePlant, notThePlant).stream()
                .filter(change -> change.ref().equals(PLANT)).toList());
    }

    @Test
    void aFeatureEndsOnlyWhereTheContentSaysSoWithASource() {
        PhaseEnding ending = new PhaseEnding(PLANT, List.of(new Citation("paper", "§二")));
        Phase a = phase("a", new PhaseFeature(PLANT, CAPITAL), new PhaseFeature(CHENGDU, NODE));
        Phase b = phase("b", List.of(ending), new PhaseFeature(CHENGDU, NODE));
        Phase c = phase("c", new PhaseFeature(CHENGDU, NODE));
        List<Phase> story = List.of(a, b, c);

        assertEquals(List.of(new PhaseComparison.Change(PhaseComparison.Kind.ENDS, PLANT, CAPITAL, null, ending)),
                PhaseComparison.between(story, a, c, ALL, ALL));
        assertEquals(null, PhaseComparison.membership(story, c).get(PLANT), "what ended is not carried on");
    }

    @Test
    void aPhaseComparedWithItselfHasNoChanges() {
        Phase only = phase("a", new PhaseFeature(CHONGQING, CAPITAL));
        assertEquals(List.of(), PhaseComparison.between(List.of(only), only, only, ALL, ALL));
    }

    @Test
    void theReverseComparisonSaysWhatTheSecondMapNoLongerShows() {
        Phase a = phase("a", new PhaseFeature(PLANT, CAPITAL));
        Phase b = phase("b", new PhaseFeature(RAILWAY, NODE));
        // compared backwards, the railway is not yet on the earlier map, and the plant is named there
        Predicate<FeatureRef> mapOfA = ref -> ref.equals(PLANT);
        assertEquals(List.of(new PhaseComparison.Change(PhaseComparison.Kind.NO_LONGER_SHOWN, RAILWAY, NODE, null),
                new PhaseComparison.Change(PhaseComparison.Kind.APPEARS, PLANT, null, CAPITAL)),
                PhaseComparison.between(List.of(a, b), b, a, ref -> ref.equals(RAILWAY), mapOfA));
    }
}
