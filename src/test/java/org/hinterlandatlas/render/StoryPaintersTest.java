// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.Story;
import org.hinterlandatlas.model.TimelineEvent;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** The diagram and the timeline: what is painted where is what a click there selects. */
class StoryPaintersTest {

    private final Story story = ShippedAtlas.atlas().content().story();

    @Test
    void eachTimelineMarkerIsPaintedWhereAClickSelectsItsEvent() {
        TimelinePainter painter = new TimelinePainter(ShippedAtlas.style(), ShippedAtlas.fonts());
        int width = 380;
        int height = (int) Math.ceil(painter.preferredHeight(story, width));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        painter.paint(g, width, height, story, Language.EN, "event-2020-01");
        g.dispose();
        int found = 0;
        for (TimelineEvent event : story.events()) {
            boolean hit = false;
            for (int y = 0; y < height && !hit; y++) {
                for (int x = 0; x < width && !hit; x++) {
                    Optional<TimelineEvent> at = painter.eventAt(story, width, x, y);
                    if (at.isPresent() && at.get().equals(event) && (image.getRGB(x, y) >>> 24) > 0) {
                        hit = true;
                    }
                }
            }
            assertTrue(hit, "no painted, clickable marker for " + event.id());
            found++;
        }
        assertEquals(story.events().size(), found);
    }

    @Test
    void theEraBandsAreThePhasesWithYearsOnTheAxis() {
        TimelinePainter painter = new TimelinePainter(ShippedAtlas.style(), ShippedAtlas.fonts());
        java.util.Set<String> phases = new java.util.HashSet<>();
        for (int x = 0; x < 380; x += 2) {
            for (int y = 0; y < 80; y += 2) {
                painter.phaseAt(story, 380, x, y).ifPresent(p -> phases.add(p.id()));
            }
        }
        assertEquals(java.util.Set.of("phase-city-cluster", "phase-twin-city-circle", "phase-strategic-hinterland"), phases);
    }

    @Test
    void theDiagramAnswersPointLineAndSurface() {
        CentrePeripheryDiagramPainter painter = new CentrePeripheryDiagramPainter(ShippedAtlas.style(), ShippedAtlas.fonts());
        double w = 360;
        double h = 190;
        BufferedImage image = new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        painter.paint(g, w, h, new CentrePeripheryDiagramPainter.Labels("点", "线", "面", "line"));
        g.dispose();
        assertEquals(Optional.of("point"), painter.elementAt(w / 2 - w * 0.16, h * 0.54, w, h));
        assertEquals(Optional.of("line"), painter.elementAt(w / 2, h * 0.56, w, h));
        assertEquals(Optional.of("surface"), painter.elementAt(w * 0.2, h * 0.75, w, h));
        assertEquals(Optional.empty(), painter.elementAt(2, 2, w, h));
        // the selected lines are drawn over the highlight colour
        int highlight = ShippedAtlas.style().overlay().highlight().color().getRGB();
        boolean amber = false;
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                amber |= image.getRGB(x, y) == highlight;
            }
        }
        assertTrue(amber, "the selected element is not highlighted");
    }
}
