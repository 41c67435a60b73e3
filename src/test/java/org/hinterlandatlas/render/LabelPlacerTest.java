// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private final Font font = ShippedAtlas.fonts().font(14, false);

    private LabelRequest label(String text, double x, double y, int priority) {
        return new LabelRequest(List.of(text), List.of(font), Color.BLACK, x, y, 4, priority);
    }

    @Test
    void labelsNeverOverlap() {
        List<LabelRequest> crowd = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            crowd.add(label("城市" + i, 100 + (i % 10) * 18, 100 + (i / 10) * 12, i % 3));
        }
        List<PlacedLabel> placed = new LabelPlacer(400, 300, 1.5).place(crowd);
        assertFalse(placed.isEmpty());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).bounds().intersects(placed.get(j).bounds()), i + " overlaps " + j);
            }
        }
    }

    @Test
    void theHigherPriorityWinsAContestedSpot() {
        List<PlacedLabel> placed = new LabelPlacer(120, 40, 1.5).place(List.of(label("三级节点", 60, 20, 1),
                label("成都", 60, 20, 100)));
        assertEquals("成都", placed.get(0).lines().get(0).text());
    }

    @Test
    void aLabelPrefersTheRightOfItsSymbol() {
        PlacedLabel placed = new LabelPlacer(400, 300, 1.5).place(List.of(label("成都", 100, 100, 1))).get(0);
        assertTrue(placed.bounds().getMinX() >= 100 + 4);
    }

    @Test
    void aBilingualLabelFallsBackToOneLineWhenTwoDoNotFit() {
        LabelRequest two = new LabelRequest(List.of("成都", "Chengdu"), List.of(font, font), Color.BLACK, 30, 12, 0, 1);
        List<PlacedLabel> placed = new LabelPlacer(80, 24, 1).place(List.of(two));
        assertEquals(1, placed.get(0).lines().size());
    }

    @Test
    void noLabelEntersAReservedArea() {
        LabelPlacer placer = new LabelPlacer(400, 300, 1.5);
        java.awt.geom.Rectangle2D strip = new java.awt.geom.Rectangle2D.Double(0, 260, 400, 40);
        placer.reserve(strip);
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
        List<PlacedLabel> first = new LabelPlacer(400, 300, 1.5).place(crowd);
        List<PlacedLabel> second = new LabelPlacer(400, 300, 1.5).place(crowd);
        assertEquals(first.stream().map(PlacedLabel::bounds).toList(), second.stream().map(PlacedLabel::bounds).toList());
    }
}
