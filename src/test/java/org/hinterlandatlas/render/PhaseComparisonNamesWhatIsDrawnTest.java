// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.model.PhaseComparison;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/**
 * Compares every pair of the shipped phases as the comparison window does — both maps over the area of
 * both phases — and checks that every feature the change list names is drawn on the map it speaks of.
 */
class PhaseComparisonNamesWhatIsDrawnTest {

    /** About the size of each map of the window on a 1280-pixel screen: the corridor stops are not yet drawn. */
    private static final double WIDTH = 420;
    private static final double HEIGHT = 420;

    private final Atlas atlas = ShippedAtlas.atlas();
    private final List<Phase> phases = atlas.content().story().phases();

    @Test
    void everyNameInTheChangeListIsDrawnOnItsMap() {
        for (Phase a : phases) {
            for (Phase b : phases) {
                Viewport viewport = unionViewport(a.state(), b.state());
                ResolvedScene first = resolved(a.state(), viewport);
                ResolvedScene second = resolved(b.state(), viewport);
                for (PhaseComparison.Change change : between(a, b, viewport)) {
                    String what = a.id() + " → " + b.id() + ": " + change;
                    switch (change.kind()) {
                        case APPEARS -> assertTrue(DrawnFeatures.drawn(second, change.ref()), what);
                        case NO_LONGER_SHOWN, ENDS -> assertTrue(DrawnFeatures.drawn(first, change.ref()), what);
                        case CHANGES -> assertTrue(DrawnFeatures.drawn(first, change.ref())
                                && DrawnFeatures.drawn(second, change.ref()), what);
                    }
                }
            }
        }
    }

    @Test
    void theRearAreaDrawsTheCitiesItNamesAndTheCircleKeepsItsRailway() {
        Phase tangSong = phase("phase-tang-song");
        Phase rearArea = phase("phase-rear-area");
        Viewport viewport = unionViewport(tangSong.state(), rearArea.state());
        FeatureRef nanjing = new FeatureRef(FeatureRef.Kind.PLACE, "nanjing");
        FeatureRef guiyang = new FeatureRef(FeatureRef.Kind.PLACE, "guiyang");
        List<FeatureRef> appearing = between(tangSong, rearArea, viewport).stream()
                .filter(c -> c.kind() == PhaseComparison.Kind.APPEARS).map(PhaseComparison.Change::ref).toList();
        // too small to show the corridor stops, but the rear area highlights them: they are drawn
        assertTrue(viewport.zoom() < 5, "the stops' zoom is not reached: " + viewport.zoom());
        assertTrue(appearing.containsAll(List.of(nanjing, guiyang)), appearing.toString());

        // from the economic circle to the strategic hinterland the railway is carried: never said to vanish
        Phase circle = phase("phase-twin-city-circle");
        Phase hinterland = phase("phase-strategic-hinterland");
        FeatureRef railway = new FeatureRef(FeatureRef.Kind.CORRIDOR, "chengyu-hsr");
        assertTrue(PhaseComparison.membership(phases, hinterland).containsKey(railway));
        assertFalse(between(circle, hinterland, unionViewport(circle.state(), hinterland.state())).stream()
                .anyMatch(c -> c.ref().equals(railway) && c.kind() != PhaseComparison.Kind.NO_LONGER_SHOWN));
    }

    private List<PhaseComparison.Change> between(Phase a, Phase b, Viewport viewport) {
        ResolvedScene first = resolved(a.state(), viewport);
        ResolvedScene second = resolved(b.state(), viewport);
        return PhaseComparison.between(phases, a, b, ref -> DrawnFeatures.drawn(first, ref),
                ref -> DrawnFeatures.drawn(second, ref));
    }

    private Phase phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private ResolvedScene resolved(MapState state, Viewport viewport) {
        return ShippedAtlas.painter().resolve(scene(state), viewport, MapFrame.of(viewport, Set.of()));
    }

    private OverlayScene scene(MapState state) {
        Set<MapLayerId> layers = EnumSet.copyOf(state.layers());
        return new OverlayScene(atlas.content(), atlas.baseMap(), layers, Language.ZH, state.highlighted());
    }

    private static Viewport unionViewport(MapState a, MapState b) {
        return Viewport.fitting(Math.min(a.southWest().lon(), b.southWest().lon()),
                Math.min(a.southWest().lat(), b.southWest().lat()), Math.max(a.northEast().lon(), b.northEast().lon()),
                Math.max(a.northEast().lat(), b.northEast().lat()), WIDTH, HEIGHT, 24);
    }
}
