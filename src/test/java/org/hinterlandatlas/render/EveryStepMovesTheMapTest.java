// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Flow;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/**
 * Walks every step of the story and the evidence, as Previous/Next does, and checks that each one moves the
 * map: its state differs from the step before and, painted, at least one pixel in a hundred changes —
 * unless the step's data says it keeps the map on purpose, and why.
 */
class EveryStepMovesTheMapTest {

    /** The share of pixels that must change from one step to the next: the "essentially unchanged". */
    private static final double MIN_CHANGED = 0.01;
    private static final int WIDTH = 900;
    private static final int HEIGHT = 640;

    private final Atlas atlas = ShippedAtlas.atlas();
    private final AtlasContent content = atlas.content();
    private final MapPainter painter = ShippedAtlas.painter();

    @Test
    void theWalkHasTheStoryThenTheEvidence() {
        List<MapState> steps = content.steps();
        assertEquals(45, steps.size(), "the walk's length as the window shows it (\"N / 45\")");
        assertEquals(content.story().definition().state().id(), steps.get(0).id());
        assertEquals(content.evidence().mapStates().get(0).id(),
                steps.get(1 + content.story().phases().size() + content.story().events().size()).id());
    }

    @Test
    void everyStepHasAMapStateOfItsOwnUnlessItSaysWhyItKeepsTheMap() {
        List<String> unchanged = new ArrayList<>();
        List<MapState> steps = content.steps();
        for (int i = 1; i < steps.size(); i++) {
            MapState step = steps.get(i);
            boolean same = sameMap(steps.get(i - 1), step);
            boolean kept = content.evidence().keepsMap(step.id()).isPresent();
            if (same && !kept) {
                unchanged.add((i + 1) + " " + step.id());
            }
            if (kept) {
                assertFalse(content.evidence().keepsMap(step.id()).orElseThrow().en().isBlank(), step.id());
            }
        }
        assertTrue(unchanged.isEmpty(), "steps whose map state repeats the step before: " + unchanged);
    }

    @Test
    void everyStepChangesAtLeastOnePixelInAHundred() {
        List<String> still = new ArrayList<>();
        List<MapState> steps = content.steps();
        BufferedImage before = paint(steps.get(0));
        for (int i = 1; i < steps.size(); i++) {
            BufferedImage now = paint(steps.get(i));
            double changed = changedShare(before, now);
            if (changed < MIN_CHANGED && content.evidence().keepsMap(steps.get(i).id()).isEmpty()) {
                still.add(String.format("%d %s (%.2f %%)", i + 1, steps.get(i).id(), changed * 100));
            }
            before = now;
        }
        assertTrue(still.isEmpty(), "steps that leave the map essentially unchanged: " + still);
    }

    @Test
    void theThirdFrontAndTheIndustryTransferStepsDrawTheirFlows() {
        assertFlows("phase-third-front", "third-front-transfer");
        assertFlows("phase-rear-area", "rear-area-government", "rear-area-institutions");
        assertFlows("evidence-strength-backup", "transfer-reservoir");
        assertFlows("evidence-transfer-zones", "transfer-guangan", "transfer-chongqing-riverside");
    }

    private void assertFlows(String stateId, String... flowIds) {
        MapState state = content.mapState(stateId).orElseThrow();
        Viewport viewport = fit(state);
        List<String> drawn = FlowPainter.drawn(scene(state), viewport.zoom()).stream().map(Flow::id).toList();
        assertEquals(List.of(flowIds), drawn, stateId);
        for (String id : flowIds) {
            Flow flow = content.flow(id).orElseThrow();
            for (var end : List.of(flow.from(), flow.to())) {
                double x = viewport.screenX(org.hinterlandatlas.geo.WebMercator.worldX(end.at().lon()));
                double y = viewport.screenY(org.hinterlandatlas.geo.WebMercator.worldY(end.at().lat()));
                assertTrue(x >= 0 && x <= WIDTH && y >= 0 && y <= HEIGHT,
                        stateId + ": both ends of " + id + " are in view");
            }
        }
    }

    private static boolean sameMap(MapState a, MapState b) {
        return a.southWest().equals(b.southWest()) && a.northEast().equals(b.northEast())
                && a.layers().equals(b.layers()) && a.highlighted().equals(b.highlighted());
    }

    private BufferedImage paint(MapState state) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Viewport viewport = fit(state);
        Set<MapLayerId> base = EnumSet.noneOf(MapLayerId.class);
        state.layers().stream().filter(MapLayerId::isBase).forEach(base::add);
        painter.paintBase(g, viewport, atlas.baseMap(), base);
        painter.paintOverlay(g, painter.resolve(scene(state), viewport, MapFrame.of(viewport, Set.of())));
        g.dispose();
        return image;
    }

    private OverlayScene scene(MapState state) {
        Set<FeatureRef> highlighted = state.highlighted();
        return new OverlayScene(content, atlas.baseMap(), state.layers(), Language.ZH, highlighted);
    }

    private static Viewport fit(MapState state) {
        return Viewport.fitting(state.southWest().lon(), state.southWest().lat(), state.northEast().lon(),
                state.northEast().lat(), WIDTH, HEIGHT, 24);
    }

    private static double changedShare(BufferedImage a, BufferedImage b) {
        long changed = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        return changed / (double) (WIDTH * HEIGHT);
    }
}
