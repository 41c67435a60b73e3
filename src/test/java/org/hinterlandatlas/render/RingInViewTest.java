// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.hinterlandatlas.geo.WorldGeometry;
import org.junit.jupiter.api.Test;

class RingInViewTest {

    @Test
    void theCutOfTheShortenedRingIsTheCutOfTheWholeRing() {
        Random random = new Random(12);
        int shortened = 0;
        for (int trial = 0; trial < 400; trial++) {
            double[] ring = wanderingRing(random, 20 + random.nextInt(600));
            WorldGeometry geometry = WorldGeometry.of(WorldGeometry.Kind.POLYGON, List.of(ring));
            double scale = 256 * Math.pow(2, random.nextInt(9));
            double ox = -random.nextDouble() * scale;
            double oy = -random.nextDouble() * scale;
            double minX = random.nextDouble() * 300 - 20;
            double minY = random.nextDouble() * 300 - 20;
            double maxX = minX + 1 + random.nextDouble() * 300;
            double maxY = minY + 1 + random.nextDouble() * 300;
            double[] screen = new double[ring.length];
            for (int i = 0; i < ring.length; i += 2) {
                screen[i] = ring[i] * scale + ox;
                screen[i + 1] = ring[i + 1] * scale + oy;
            }
            double[] fewer = RingInView.of(ring, geometry.partBlocks().get(0), scale, ox, oy, minX, minY, maxX, maxY);
            if (fewer.length < screen.length) {
                shortened++;
            }
            assertArrayEquals(RectClip.polygon(screen, minX, minY, maxX, maxY),
                    RectClip.polygon(fewer, minX, minY, maxX, maxY), "trial " + trial);
        }
        assertTrue(shortened > 200, "most rings reach far outside the rectangle: " + shortened);
    }

    /** A closed random walk in world coordinates (0…1), which crosses the rectangle's sides many times. */
    private static double[] wanderingRing(Random random, int vertices) {
        double[] ring = new double[2 * vertices + 2];
        double x = random.nextDouble();
        double y = random.nextDouble();
        double step = Math.pow(10, -1 - 3 * random.nextDouble());
        for (int v = 0; v < vertices; v++) {
            ring[2 * v] = x;
            ring[2 * v + 1] = y;
            x = Math.min(1, Math.max(0, x + (random.nextDouble() - 0.5) * step));
            y = Math.min(1, Math.max(0, y + (random.nextDouble() - 0.5) * step));
        }
        ring[2 * vertices] = ring[0];
        ring[2 * vertices + 1] = ring[1];
        return ring;
    }
}
