// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.ui.classroom.lesson.LessonViewModel;
import org.hinterlandatlas.ui.classroom.present.PresentationMode;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.hinterlandatlas.ui.story.StepNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The clicker's keys in presentation mode, from F5 to Esc. */
class PresentationFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.started();
    private final FxRobot robot = new FxRobot();

    @Test
    void thePresentationKeysPageBlankJumpAndLeave() throws Exception {
        MainWindow window = atlas.app().window();
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

    @Test
    void aLessonWithStepsIsPresentedInsteadOfTheStory() throws Exception {
        MainWindow window = atlas.app().window();
        PresentationMode presentation = window.presentation();
        LessonViewModel lessons = window.lessons();
        Lesson shipped = new LessonFiles(window.model().atlas().content()).readDefault(new ClasspathDataFiles()).lesson();
        // the second step carries ink, which presenting it puts on the map; opened unchanged, so nothing is autosaved
        List<Annotation> ink = List.of(new Annotation.Line(true, "#c0392b", 3, new GeoPoint(104.07, 30.67),
                new GeoPoint(106.55, 29.56)));
        List<LessonStep> steps = new ArrayList<>(shipped.steps());
        LessonStep s = steps.get(1);
        steps.set(1, new LessonStep(s.id(), s.map(), s.itemId(), ink, s.caption(), s.notes(), s.citation()));
        Lesson lesson = new Lesson(shipped.title(), steps);
        robot.interact(() -> lessons.opened(lesson, Optional.empty(), false));
        LessonStep first = lesson.steps().get(0);
        LessonStep second = lesson.steps().get(1);
        int last = lesson.steps().size() - 1;
        // the keys reach the window once it is up and has the keyboard
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.navigator().steps().size() > 5
                && window.getScene().getWindow().isFocused());
        try {
            key(KeyCode.F5);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> presentation.presentingProperty().get());
            assertEquals(0, lessons.selectedProperty().get());
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> first.caption().zh().equals(caption()));
            assertEquals(first.map().id(), window.model().shownProperty().get().id());
            assertTrue(window.inkMode().ink().annotations().isEmpty(), "the first step has no ink");

            key(KeyCode.RIGHT);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> second.caption().zh().equals(caption()));
            assertEquals(1, lessons.selectedProperty().get());
            assertEquals(second.map().id(), window.model().shownProperty().get().id(), "the map shows step 2's state");
            assertEquals(second.map().highlighted(), window.model().shownProperty().get().highlighted());
            assertEquals(ink, window.inkMode().ink().annotations(), "the map carries step 2's ink");

            key(KeyCode.P);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#presentation-notes").query().isVisible());
            assertEquals(second.notes().zh(), robot.lookup("#presentation-notes").queryAs(Label.class).getText());

            key(KeyCode.END);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lessons.selectedProperty().get() == last);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lesson.steps().get(last).caption().zh().equals(caption()));
            assertEquals(lesson.steps().get(last).notes().zh(),
                    robot.lookup("#presentation-notes").queryAs(Label.class).getText(), "the notes follow the step");
            key(KeyCode.RIGHT);
            assertEquals(last, lessons.selectedProperty().get(), "past the last step there is nothing further");
            key(KeyCode.DIGIT2);
            key(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lessons.selectedProperty().get() == 1);

            key(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !presentation.presentingProperty().get());
            assertEquals(1, lessons.selectedProperty().get(), "the lesson stays at the step presented last");

            // Shift+F5 presents the lesson from its selected step
            robot.interact(() -> lessons.select(3));
            robot.press(KeyCode.SHIFT, KeyCode.F5).release(KeyCode.F5, KeyCode.SHIFT);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> presentation.presentingProperty().get());
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lesson.steps().get(3).caption().zh().equals(caption()));
            key(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !presentation.presentingProperty().get());
        } finally {
            // an empty lesson again: the story's presentation is the other test's
            robot.interact(() -> {
                presentation.stop();
                lessons.newLesson();
            });
        }
    }

    private String caption() {
        return robot.lookup("#map-caption").queryAs(Label.class).getText();
    }

    private void key(KeyCode code) {
        robot.press(code).release(code);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
