// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhaseComparisonTest {

    private static final FeatureRef CHONGQING = new FeatureRef(FeatureRef.Kind.PLACE, "chongqing");
    private static final FeatureRef PLANT = new FeatureRef(FeatureRef.Kind.PLACE, "plant");
    private static final FeatureRef RAILWAY = new FeatureRef(FeatureRef.Kind.CORRIDOR, "railway");
    private static final FeatureRef CHENGDU = new FeatureRef(FeatureRef.Kind.PLACE, "chengdu");
    private static final Bilingual CAPITAL = new Bilingual("战时首都", "wartime capital");
    private static final Bilingual MUNICIPALITY = new Bilingual("直辖市", "municipality");
    private static final Bilingual NODE = new Bilingual("主要节点", "main node");

    private static Phase phase(String id, PhaseFeature... features) {
        MapState state = new MapState(id, new Bilingual(id, id), new GeoPoint(100, 25), new GeoPoint(110, 32),
                Set.of(MapLayerId.NODES), Set.of());
        return new Phase(id, new Bilingual(id, id), new Bilingual("", ""), Optional.empty(), new Bilingual("", ""),
                List.of(features), state, List.of(new Citation("paper", "")));
    }

    @Test
    void listsWhatDisappearsChangesAndAppears() {
        Phase earlier = phase("a", new PhaseFeature(CHONGQING, CAPITAL), new PhaseFeature(PLANT, CAPITAL),
                new PhaseFeature(CHENGDU, NODE));
        Phase later = phase("b", new PhaseFeature(RAILWAY, new Bilingual("在建", "under construction")),
                new PhaseFeature(CHENGDU, NODE), new PhaseFeature(CHONGQING, MUNICIPALITY));

        List<PhaseComparison.Change> changes = PhaseComparison.between(earlier, later);

        assertEquals(List.of(
                new PhaseComparison.Change(PhaseComparison.Kind.CHANGES, CHONGQING, CAPITAL, MUNICIPALITY),
                new PhaseComparison.Change(PhaseComparison.Kind.DISAPPEARS, PLANT, CAPITAL, null),
                new PhaseComparison.Change(PhaseComparison.Kind.APPEARS, RAILWAY, null,
                        new Bilingual("在建", "under construction"))), changes);
    }

    @Test
    void aPhaseComparedWithItselfHasNoChanges() {
        Phase only = phase("a", new PhaseFeature(CHONGQING, CAPITAL));
        assertEquals(List.of(), PhaseComparison.between(only, only));
    }

    @Test
    void theReverseComparisonSwapsAppearingAndDisappearing() {
        Phase a = phase("a", new PhaseFeature(PLANT, CAPITAL));
        Phase b = phase("b", new PhaseFeature(RAILWAY, NODE));
        assertEquals(List.of(new PhaseComparison.Change(PhaseComparison.Kind.DISAPPEARS, RAILWAY, NODE, null),
                new PhaseComparison.Change(PhaseComparison.Kind.APPEARS, PLANT, null, CAPITAL)),
                PhaseComparison.between(b, a));
    }
}
