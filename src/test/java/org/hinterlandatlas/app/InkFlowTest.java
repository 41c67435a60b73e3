// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.ui.classroom.ink.InkMode;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** D switches ink mode on; a drag then draws instead of panning the map, and Ctrl+Z takes the stroke back. */
class InkFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.started();
    private final FxRobot robot = new FxRobot();

    @Test
    void aDragInInkModeDrawsAndDoesNotPan() throws Exception {
        MainWindow window = atlas.app().window();
        InkMode ink = window.inkMode();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().viewport().zoom() > 5.5
                && !window.map().flyingProperty().get());
        robot.interact(() -> window.map().requestFocus());
        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ink.onProperty().get());
        assertTrue(robot.lookup("#ink-toolbar").query().isVisible(), "the ink tools show");

        Viewport before = window.map().viewport();
        Point2D[] centre = new Point2D[1];
        robot.interact(() -> centre[0] = window.map().localToScreen(window.map().getWidth() / 2,
                window.map().getHeight() / 2));
        robot.drag(centre[0], MouseButton.PRIMARY).moveBy(60, 10).moveBy(60, 30).drop();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ink.ink().annotations().size() == 1);
        assertInstanceOf(Annotation.Stroke.class, ink.ink().annotations().get(0));
        Viewport after = window.map().viewport();
        assertEquals(before.originX(), after.originX(), 1e-6, "the map did not pan while drawing");
        assertEquals(before.originY(), after.originY(), 1e-6, "the map did not pan while drawing");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ink.ink().annotations().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ink.ink().annotations().size() == 1);

        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ink.onProperty().get());
        assertFalse(robot.lookup("#ink-toolbar").query().isVisible(), "the ink tools go with ink mode");
        assertEquals(1, ink.ink().annotations().size(), "the ink stays on the map");
        robot.interact(() -> ink.ink().setAnnotations(List.of()));
    }
}
