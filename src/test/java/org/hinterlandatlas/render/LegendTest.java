// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** The legend lists what the painter draws in the view, and nothing else. */
class LegendTest {

    private final Atlas atlas = ShippedAtlas.atlas();

    private List<String> keys(Set<MapLayerId> layers, Viewport view) {
        OverlayScene scene = new OverlayScene(atlas.content(), atlas.baseMap(), layers, Language.ZH, Set.of());
        return Legend.entries(ShippedAtlas.painter().resolve(scene, view, MapFrame.of(view, Set.of()))).stream().map(LegendEntry::messageKey).toList();
    }

    @Test
    void theCircleViewListsItsNodeTiersAndNotTheNationalPoles() {
        List<String> keys = keys(EnumSet.allOf(MapLayerId.class), MapPainterTest.circleView());
        assertTrue(keys.containsAll(List.of("legend.tier.CORE", "legend.tier.SECONDARY", "legend.tier.TERTIARY",
                "legend.corridor.HSR", "legend.corridor.underConstruction", "legend.circle", "legend.circle.partial")));
        assertFalse(keys.contains("legend.role.POLE"), "Beijing is not in the circle view");
        assertFalse(keys.contains("legend.hinterland"), "the national layers are not drawn at circle scale");
    }

    @Test
    void theNationalViewListsThePolesAndTheHinterland() {
        Viewport national = Viewport.fitting(73.5, 17.0, 135.1, 53.6, 1000, 700, 24);
        List<String> keys = keys(EnumSet.allOf(MapLayerId.class), national);
        assertTrue(keys.containsAll(List.of("legend.role.POLE", "legend.hinterland", "legend.cluster.COASTAL_POLE",
                "legend.cluster.HINTERLAND_CORE")));
        assertFalse(keys.contains("legend.tier.TERTIARY"), "tertiary nodes are drawn from zoom 6 on");
    }

    @Test
    void hubsStopsAndSitesShareOneRowAsTheyShareOneSymbol() {
        Viewport national = Viewport.fitting(73.5, 17.0, 135.1, 53.6, 1000, 700, 24);
        List<String> keys = keys(EnumSet.allOf(MapLayerId.class), national);
        assertEquals(1, keys.stream().filter("legend.role.otherCity"::equals).count(), keys.toString());
        assertFalse(keys.contains("legend.role.HUB") || keys.contains("legend.role.STOP"), keys.toString());
    }

    @Test
    void aSwitchedOffLayerLeavesTheLegend() {
        Set<MapLayerId> noCorridors = EnumSet.complementOf(EnumSet.of(MapLayerId.CORRIDORS));
        assertFalse(keys(noCorridors, MapPainterTest.circleView()).contains("legend.corridor.HSR"));
    }
}
