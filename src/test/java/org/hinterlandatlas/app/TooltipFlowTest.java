// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A hover tooltip belongs to what was under the pointer: changing the view, the step or the layers closes it. */
class TooltipFlowTest {

    private static AtlasApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = RunningAtlas.start();
    }

    @AfterAll
    static void stop() throws Exception {
        RunningAtlas.stop(app);
    }

    @Test
    void aViewChangeAStepOrALayerChangeClosesTheTooltip() throws Exception {
        MainWindow window = app.window();
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
        hoverChengdu(window);
        robot.interact(() -> window.navigator().next());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.map().tooltipShowing(), "the tooltip outlived the story's step");
        // the step's flight ends before the atlas is closed
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.map().flyingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void hoverChengdu(MainWindow window) {
        GeoPoint chengdu = window.model().atlas().content().place("chengdu").orElseThrow().location();
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = window.map().localToScreen(window.map().screenPosition(chengdu)));
        robot.moveTo(at[0].add(0, 8));
        robot.moveTo(at[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().tooltipShowing(), "hovering 成都 shows its tooltip");
    }
}
