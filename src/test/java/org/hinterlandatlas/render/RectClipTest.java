// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import org.junit.jupiter.api.Test;

/** Cutting rings to the visible rectangle keeps exactly what lies inside it. */
class RectClipTest {

    @Test
    void aRingInsideIsKeptAsItIs() {
        double[] ring = {1, 1, 5, 1, 5, 5, 1, 5};
        assertArrayEquals(ring, RectClip.polygon(ring, 0, 0, 10, 10));
    }

    @Test
    void aRingOutsideVanishes() {
        assertEquals(0, RectClip.polygon(new double[] {20, 20, 30, 20, 30, 30}, 0, 0, 10, 10).length);
    }

    @Test
    void aRingAcrossTheEdgeIsCutAlongIt() {
        // A square from -5 to 5 cut to 0..10 leaves the quarter from 0 to 5.
        double[] cut = RectClip.polygon(new double[] {-5, -5, 5, -5, 5, 5, -5, 5}, 0, 0, 10, 10);
        Path2D.Double path = path(cut);
        assertTrue(path.contains(2.5, 2.5));
        assertFalse(path.contains(-1, 2.5));
        assertEquals(0, path.getBounds2D().getMinX(), 1e-9);
        assertEquals(5, path.getBounds2D().getMaxX(), 1e-9);
        assertEquals(25, area(cut), 1e-9);
    }

    @Test
    void aConcaveRingKeepsItsNotch() {
        // A U shape whose notch (x 4..6, y 0..8) lies inside the rectangle; its left arm reaches outside.
        double[] u = {-10, 0, 4, 0, 4, 8, 6, 8, 6, 0, 10, 0, 10, 10, -10, 10};
        Path2D.Double path = path(RectClip.polygon(u, 0, -1, 20, 20));
        assertFalse(path.contains(5, 4), "the notch stays empty");
        assertTrue(path.contains(2, 5));
        assertTrue(path.contains(8, 5));
        assertFalse(path.contains(-5, 5), "the part outside is gone");
    }

    private static Path2D.Double path(double[] ring) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        path.moveTo(ring[0], ring[1]);
        for (int i = 2; i < ring.length; i += 2) {
            path.lineTo(ring[i], ring[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static double area(double[] ring) {
        double sum = 0;
        for (int i = 0; i < ring.length; i += 2) {
            int j = (i + 2) % ring.length;
            sum += ring[i] * ring[j + 1] - ring[j] * ring[i + 1];
        }
        return Math.abs(sum) / 2;
    }
}
