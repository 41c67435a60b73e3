// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.hinterlandatlas.ui.classroom.present.PresentationMode;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.hinterlandatlas.ui.story.StepNavigator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The clicker's keys in presentation mode, from F5 to Esc. */
class PresentationFlowTest {

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
    void thePresentationKeysPageBlankJumpAndLeave() throws Exception {
        MainWindow window = app.window();
        PresentationMode presentation = window.presentation();
        StepNavigator steps = window.navigator();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> steps.steps().size() > 5);
        robot.interact(() -> steps.go(3));

        // Shift+F5 presents from the step shown, F5 would from the first
        robot.press(KeyCode.SHIFT, KeyCode.F5).release(KeyCode.F5, KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> presentation.presentingProperty().get());
        assertEquals(3, steps.indexProperty().get());
        assertNull(window.getTop(), "the menus are hidden");
        assertNull(window.getLeft(), "the narrative is hidden");
        assertTrue(window.map().cardsShownProperty().get(), "the map draws its legend card");

        key(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> steps.indexProperty().get() == 4);
        key(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> steps.indexProperty().get() == 5);
        key(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> steps.indexProperty().get() == 4);
        key(KeyCode.LEFT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> steps.indexProperty().get() == 3);
        key(KeyCode.END);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> steps.indexProperty().get() == steps.steps().size() - 1);
        key(KeyCode.HOME);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> steps.indexProperty().get() == 0);
        key(KeyCode.DIGIT3);
        key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> steps.indexProperty().get() == 2);

        // the caption reads from the back of the room: at least 3 % of the window's height
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.map().captionHeight()
                >= 0.03 * window.getScene().getHeight());

        key(KeyCode.B);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> presentation.blankedProperty().get());
        assertTrue(robot.lookup("#presentation-blank").query().isVisible(), "the screen is blank");
        key(KeyCode.B);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !presentation.blankedProperty().get());

        key(KeyCode.P);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#presentation-notes").query().isVisible());

        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !presentation.presentingProperty().get());
        assertTrue(window.getTop() != null, "the menus are back");
        assertFalse(robot.lookup("#presentation-notes").query().isVisible(), "the notes go with the presentation");
        assertEquals(2, steps.indexProperty().get(), "the window stays at the step presented last");
    }

    private void key(KeyCode code) {
        robot.press(code).release(code);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
