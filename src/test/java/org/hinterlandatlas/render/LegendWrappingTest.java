// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Function;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;
import org.junit.jupiter.api.Test;

/** A legend row too long for the side panel wraps under its first line instead of running past the edge. */
class LegendWrappingTest {

    private final LegendPainter painter = new LegendPainter(ShippedAtlas.style(), ShippedAtlas.fonts());
    private final Function<String, String> english = Messages.of(Language.EN)::get;
    private final List<LegendEntry> rows = List.of(
            new LegendEntry(LegendEntry.Symbol.CLUSTER, "HINTERLAND_CLUSTER", "legend.cluster.HINTERLAND_CLUSTER"),
            new LegendEntry(LegendEntry.Symbol.FLOW_SOURCE, "RELOCATION", "legend.flowSource"),
            new LegendEntry(LegendEntry.Symbol.LAKE, "", "legend.lake"));

    @Test
    void aNarrowPanelKeepsEveryRowInsideItsWidth() {
        double width = 220;
        BufferedImage image = paint(width, 400);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = (int) width + 1; x < image.getWidth(); x++) {
                assertEquals(Color.WHITE.getRGB(), image.getRGB(x, y), "ink at " + x + "," + y + " beyond the panel");
            }
        }
        assertTrue(painter.height(rows, english, width) > LegendPainter.height(rows),
                "the long rows take more than one line each");
    }

    @Test
    void aWideEnoughPanelLaysTheRowsOutAsTheFigureLegendDoes() {
        double wide = painter.width(rows, english) + 1;
        assertEquals(LegendPainter.height(rows), painter.height(rows, english, wide));
        BufferedImage unlimited = paint(Double.POSITIVE_INFINITY, (int) wide + 40);
        BufferedImage limited = paint(wide, (int) wide + 40);
        for (int y = 0; y < unlimited.getHeight(); y++) {
            for (int x = 0; x < unlimited.getWidth(); x++) {
                assertEquals(unlimited.getRGB(x, y), limited.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    private BufferedImage paint(double width, int imageWidth) {
        BufferedImage image = new BufferedImage(imageWidth, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        painter.paint(g, rows, english, 0, 0, width);
        g.dispose();
        return image;
    }
}
