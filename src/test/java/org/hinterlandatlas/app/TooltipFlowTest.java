// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A hover tooltip belongs to what was under the pointer: changing the view, the step or the layers closes it;
 * and when a step moves the map under a resting pointer, the status bar's position follows the map.
 */
class TooltipFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.started();
    private final FxRobot robot = new FxRobot();

    @Test
    void aViewChangeAStepOrALayerChangeClosesTheTooltip() throws Exception {
        MainWindow window = atlas.app().window();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().viewport().zoom() > 5.5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.map().flyingProperty().get());

        // when the pointer rests on 成都, then its tooltip shows; and a view change closes it
        hoverChengdu(window);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.map().tooltipShowing(), "the tooltip outlived the change of view");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.map().flyingProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().viewport().zoom() > 5.5
                && !window.map().flyingProperty().get());

        // a layer switched off closes it
        hoverChengdu(window);
        robot.interact(() -> window.model().setLayerVisible(MapLayerId.RIVERS, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.map().tooltipShowing(), "the tooltip outlived the change of layers");

        // and so does a step of the story
        Point2D pointer = hoverChengdu(window);
        GeoPoint before = window.model().pointerProperty().get();
        robot.interact(() -> window.navigator().next());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.map().tooltipShowing(), "the tooltip outlived the story's step");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.map().flyingProperty().get());
        WaitForAsyncUtils.waitForFxEvents(5);

        // then the status bar reports no stale position: where the pointer now is on the moved map, or none
        // (a step that changes the base layers renews the map's view, and the pointer is then first seen when
        // it moves)
        GeoPoint after = window.model().pointerProperty().get();
        assertNotEquals(before, after, "the pointer's position stayed as before the step");
        if (after != null) {
            Point2D[] local = new Point2D[1];
            robot.interact(() -> local[0] = window.map().screenToLocal(pointer));
            Viewport view = window.map().viewport();
            assertEquals(WebMercator.lon(view.worldX(local[0].getX())), after.lon(), 1e-6);
            assertEquals(WebMercator.lat(view.worldY(local[0].getY())), after.lat(), 1e-6);
        }
    }

    /** Rests the pointer on 成都 and returns where, on the screen. */
    private Point2D hoverChengdu(MainWindow window) {
        GeoPoint chengdu = window.model().atlas().content().place("chengdu").orElseThrow().location();
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = window.map().localToScreen(window.map().screenPosition(chengdu)));
        robot.moveTo(at[0].add(0, 8));
        robot.moveTo(at[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().tooltipShowing(), "hovering 成都 shows its tooltip");
        return at[0];
    }
}
