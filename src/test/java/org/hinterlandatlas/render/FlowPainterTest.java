// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Flow;
import org.hinterlandatlas.model.FlowKind;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** The flows layer: what it draws, where a click finds an arrow, and the legend naming it. */
class FlowPainterTest {

    private static final FeatureRef GOVERNMENT = new FeatureRef(FeatureRef.Kind.FLOW, "rear-area-government");

    private final Atlas atlas = ShippedAtlas.atlas();
    private final FlowPainter painter = new FlowPainter(ShippedAtlas.style().overlay());
    private final Viewport viewport = Viewport.fitting(100, 23, 121, 34, 800, 500, 20);

    private OverlayScene scene(Set<MapLayerId> layers, Set<FeatureRef> highlighted) {
        return new OverlayScene(atlas.content(), atlas.baseMap(), layers, Language.EN, highlighted);
    }

    @Test
    void aStepDrawsItsOwnFlowsAndTheLayerAloneDrawsThemAll() {
        Set<MapLayerId> flows = EnumSet.of(MapLayerId.FLOWS);
        assertEquals(List.of("rear-area-government"), FlowPainter.drawn(scene(flows, Set.of(GOVERNMENT)), 5)
                .stream().map(Flow::id).toList());
        assertEquals(atlas.content().flows(), FlowPainter.drawn(scene(flows, Set.of()), 5));
        assertEquals(List.of(), FlowPainter.drawn(scene(MapLayerId.defaults(), Set.of(GOVERNMENT)), 5),
                "the named views' layers leave the flows off");
    }

    @Test
    void theArrowIsPaintedInItsKindsColourAndClickedWhereItIsDrawn() {
        OverlayScene scene = scene(EnumSet.of(MapLayerId.FLOWS), Set.of(GOVERNMENT));
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        List<double[]> obstacles = new ArrayList<>();
        painter.paint(g, viewport, scene);
        painter.reserve(viewport, scene, (x, y, r) -> obstacles.add(new double[] {x, y, r}));
        g.dispose();
        Color colour = ShippedAtlas.style().overlay().flows().byKind().get(FlowKind.RELOCATION).color();
        Flow flow = atlas.content().flow("rear-area-government").orElseThrow();
        double fromX = viewport.screenX(WebMercator.worldX(flow.from().at().lon()));
        double fromY = viewport.screenY(WebMercator.worldY(flow.from().at().lat()));
        double toX = viewport.screenX(WebMercator.worldX(flow.to().at().lon()));
        double toY = viewport.screenY(WebMercator.worldY(flow.to().at().lat()));
        // somewhere north of the chord's middle the curve passes in the arrow's colour, and a click there hits it
        double midX = (fromX + toX) / 2;
        double midY = (fromY + toY) / 2;
        int found = -1;
        for (int y = (int) midY; y > midY - 120 && found < 0; y--) {
            if (image.getRGB((int) midX, y) == colour.getRGB()) {
                found = y;
            }
        }
        assertTrue(found >= 0, "the shaft crosses the middle, north of the chord");
        assertEquals(Optional.of(GOVERNMENT), painter.hit(scene, viewport, midX, found));
        assertEquals(Optional.empty(), painter.hit(scene, viewport, midX, midY + 60));
        assertEquals(1, obstacles.size(), "the arrowhead keeps labels away");
        assertTrue(new HitTester(ShippedAtlas.style()).hit(resolved(scene), midX, found).orElseThrow().equals(GOVERNMENT));
    }

    @Test
    void theLegendNamesTheKindsDrawn() {
        OverlayScene scene = scene(EnumSet.of(MapLayerId.FLOWS, MapLayerId.PROVINCES),
                Set.of(GOVERNMENT, new FeatureRef(FeatureRef.Kind.FLOW, "transfer-guangan")));
        List<String> keys = Legend.entries(resolved(scene)).stream().map(LegendEntry::messageKey).toList();
        assertTrue(keys.containsAll(List.of("legend.flow.RELOCATION", "legend.flow.INDUSTRY_TRANSFER")), keys.toString());
        assertTrue(!keys.contains("legend.flow.COMMERCIALISATION"), keys.toString());
    }

    private ResolvedScene resolved(OverlayScene scene) {
        return ShippedAtlas.painter().resolve(scene, viewport, MapFrame.of(viewport, Set.of()));
    }
}
