// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private static final LabelPlacer.Rules RULES = new LabelPlacer.Rules(1.5, 2, 0.25, 0.85);
    private final Font font = ShippedAtlas.fonts().font(14, false);

    private LabelRequest label(String text, double x, double y, int priority) {
        return LabelRequest.beside(text, List.of(text), List.of(font), Color.BLACK, x, y, 4, priority, false);
    }

    private static LabelPlacer placer(double width, double height) {
        return new LabelPlacer(width, height, RULES);
    }

    @Test
    void labelsNeverOverlap() {
        List<LabelRequest> crowd = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            crowd.add(label("城市" + i, 100 + (i % 10) * 18, 100 + (i / 10) * 12, i % 3));
        }
        List<PlacedLabel> placed = placer(400, 300).place(crowd);
        assertFalse(placed.isEmpty());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).bounds().intersects(placed.get(j).bounds()), i + " overlaps " + j);
            }
        }
    }

    @Test
    void everyLabelTouchesItsOwnSymbolOrIsDropped() {
        List<LabelRequest> crowd = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            crowd.add(label("城市" + i, 100 + (i % 10) * 18, 100 + (i / 10) * 12, i % 3));
        }
        LabelPlacer placer = placer(400, 300);
        crowd.forEach(r -> placer.addObstacle(r.x(), r.y(), r.clearance()));
        List<PlacedLabel> placed = placer.place(crowd);
        assertTrue(placed.size() < crowd.size(), "a crowd this dense cannot all be labelled beside its dots");
        for (PlacedLabel label : placed) {
            assertTrue(label.distanceFromSymbol() >= 0 && label.distanceFromSymbol() <= label.gap() + 1e-6,
                    label.key() + " stands " + label.distanceFromSymbol() + " px from its symbol");
        }
    }

    @Test
    void theHigherPriorityWinsAContestedSpot() {
        List<PlacedLabel> placed = placer(120, 40).place(List.of(label("三级节点", 60, 20, 1), label("成都", 60, 20, 100)));
        assertEquals("成都", placed.get(0).lines().get(0).text());
    }

    @Test
    void aLabelPrefersTheRightOfItsSymbol() {
        PlacedLabel placed = placer(400, 300).place(List.of(label("成都", 100, 100, 1))).get(0);
        assertTrue(placed.text().getMinX() > 100 + 4);
        assertEquals(100, placed.text().getCenterY(), 1e-9);
    }

    @Test
    void aBilingualLabelFallsBackToOneLineWhenTwoDoNotFit() {
        LabelRequest two = LabelRequest.beside("chengdu", List.of("成都", "Chengdu"), List.of(font, font), Color.BLACK,
                30, 12, 2, 1, false);
        List<PlacedLabel> placed = placer(80, 24).place(List.of(two));
        assertEquals(1, placed.get(0).lines().size());
    }

    @Test
    void anEssentialLabelShrinksAStepBeforeItIsDropped() {
        java.awt.font.LineMetrics metrics = font.getLineMetrics("成都", LabelPlacer.MEASURE);
        double text = metrics.getAscent() + metrics.getDescent();
        // too low for the type at its size beside the dot, high enough for it a step smaller
        double height = text * 0.93 + 2 * RULES.padding();
        LabelRequest core = LabelRequest.beside("core", List.of("成都"), List.of(font), Color.BLACK, 6, height / 2, 4,
                100, true);
        List<PlacedLabel> placed = placer(80, height).place(List.of(core));
        assertEquals(1, placed.size());
        assertTrue(placed.get(0).lines().get(0).font().getSize2D() < font.getSize2D());
        LabelRequest lesser = LabelRequest.beside("lesser", List.of("成都"), List.of(font), Color.BLACK, 6, height / 2,
                4, 1, false);
        assertTrue(placer(80, height).place(List.of(lesser)).isEmpty());
    }

    @Test
    void aLabelWithNoFreePlaceBesideItsSymbolIsDroppedNotMovedAway() {
        LabelPlacer placer = placer(400, 300);
        // the ring around (200, 150) is walled in on every side
        placer.reserve(new Rectangle2D.Double(100, 100, 200, 44));
        placer.reserve(new Rectangle2D.Double(100, 156, 200, 44));
        placer.reserve(new Rectangle2D.Double(100, 144, 94, 12));
        placer.reserve(new Rectangle2D.Double(206, 144, 94, 12));
        assertTrue(placer.place(List.of(label("德阳", 200, 150, 80))).isEmpty());
    }

    @Test
    void anAreaLabelStaysOverItsOwnArea() {
        Rectangle2D own = new Rectangle2D.Double(0, 0, 200, 100);
        LabelRequest cluster = new LabelRequest("cluster", List.of("京津冀"), List.of(font), Color.BLACK, 190, 50, 5,
                75, false, own);
        LabelPlacer placer = placer(400, 300);
        placer.addObstacle(190, 50, 5);
        PlacedLabel placed = placer.place(List.of(cluster)).get(0);
        assertTrue(own.contains(placed.text().getCenterX(), placed.text().getCenterY()));
        assertTrue(placed.distanceFromSymbol() <= placed.gap() + 1e-6);
    }

    @Test
    void noLabelEntersAReservedArea() {
        LabelPlacer placer = placer(400, 300);
        placer.reserve(new Rectangle2D.Double(0, 260, 400, 40));
        List<PlacedLabel> placed = placer.place(List.of(label("泸州", 100, 275, 50), label("宜宾", 100, 200, 50)));
        assertEquals(1, placed.size());
        assertEquals("宜宾", placed.get(0).lines().get(0).text());
    }

    @Test
    void placementIsDeterministic() {
        List<LabelRequest> crowd = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            crowd.add(label("地点" + i, 50 + (i * 37) % 300, 40 + (i * 53) % 200, i % 4));
        }
        List<PlacedLabel> first = placer(400, 300).place(crowd);
        List<PlacedLabel> second = placer(400, 300).place(crowd);
        assertEquals(first.stream().map(PlacedLabel::bounds).toList(), second.stream().map(PlacedLabel::bounds).toList());
    }
}
