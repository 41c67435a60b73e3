// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Point2D;
import javafx.scene.transform.Affine;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.junit.jupiter.api.Test;

/** A picture moved during a gesture puts every world point where the map shows it now. */
class MapMotionTest {

    private static final Viewport DRAWN = Viewport.centredOn(104.06, 30.66, 6.25, 1170, 980);

    @Test
    void theSameViewLeavesThePictureWhereItIs() {
        Affine move = MapMotion.between(DRAWN, DRAWN);
        assertEquals(new Point2D(300, 200), move.transform(300, 200));
    }

    @Test
    void aDragMovesThePictureByWholePixelsWithTheMap() {
        Viewport dragged = new Viewport(DRAWN.zoom(), DRAWN.originX() + 37, DRAWN.originY() - 12, 1170, 980);
        assertLandsWhereShown(DRAWN, dragged, 106.55, 29.56, 0.5);
        Affine move = MapMotion.between(DRAWN, dragged);
        assertEquals(37, move.getTx());
        assertEquals(-12, move.getTy());
    }

    @Test
    void aWheelStepScalesThePictureAboutThePointer() {
        Viewport zoomed = Viewport.centredOn(104.5, 30.2, 6.5, 1170, 980);
        assertLandsWhereShown(DRAWN, zoomed, 104.06, 30.66, 1e-6);
        assertLandsWhereShown(DRAWN, zoomed, 106.55, 29.56, 1e-6);
        assertEquals(Math.pow(2, 0.25), MapMotion.between(DRAWN, zoomed).getMxx(), 1e-9);
    }

    /** Where {@code drawn} painted (lon, lat), moved, is where {@code now} shows it. */
    private static void assertLandsWhereShown(Viewport drawn, Viewport now, double lon, double lat, double tolerance) {
        double wx = WebMercator.worldX(lon);
        double wy = WebMercator.worldY(lat);
        Point2D moved = MapMotion.between(drawn, now).transform(drawn.screenX(wx), drawn.screenY(wy));
        assertEquals(now.screenX(wx), moved.getX(), tolerance);
        assertEquals(now.screenY(wy), moved.getY(), tolerance);
    }
}
