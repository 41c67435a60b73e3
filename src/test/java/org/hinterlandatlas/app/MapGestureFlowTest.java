// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.render.ResolvedScene;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A drag moves what the map has drawn and paints it again once the map rests: while the button is held,
 * the scene drawn stays the one from before the drag; after the release the map settles on a scene resolved
 * for where it came to rest. Meanwhile the map shows one picture of itself in place of its layers, and its
 * layers again once it rests.
 */
class MapGestureFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.started();
    private final FxRobot robot = new FxRobot();

    @Test
    void aDragMovesThePictureAndTheMapIsPaintedAgainWhereItRests() throws Exception {
        MainWindow window = atlas.app().window();
        RunningAtlas.awaitArrival(window);
        ResolvedScene before = window.model().resolvedProperty().get();
        assertEquals(window.map().viewport(), before.viewport(), "settled: drawn for where the map is");
        Point2D centre = window.map().localToScreen(window.map().getWidth() / 2, window.map().getHeight() / 2);

        // when the map is dragged 120 px to the right and the button is still held
        robot.moveTo(centre).press(MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 0).moveBy(40, 0);
        WaitForAsyncUtils.waitForFxEvents();
        // then the map has moved, but the scene drawn is still the one from before: it is only moved along
        Viewport dragged = window.map().viewport();
        assertTrue(dragged.originX() > before.viewport().originX() + 60, "the map follows the pointer");
        assertFalse(window.map().settledProperty().get());
        assertSame(before, window.model().resolvedProperty().get());
        // shown as one picture of the map, tiles and layers together, in place of the layers
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.map().showsGesturePicture()).get(), "one picture moved");

        // when the button is released
        robot.release(MouseButton.PRIMARY);
        // then the map is painted again, for where it rests (both read on the FX thread, at one time)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                window.map().settledProperty().get() && !window.map().showsGesturePicture()
                        && window.map().viewport().equals(window.model().resolvedProperty().get().viewport())).get());
    }
}
