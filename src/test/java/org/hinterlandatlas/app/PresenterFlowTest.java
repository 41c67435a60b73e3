// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.render.quiz.Question;
import org.hinterlandatlas.render.quiz.QuizKind;
import org.hinterlandatlas.render.quiz.QuizSet;
import org.hinterlandatlas.render.quiz.QuizSets;
import org.hinterlandatlas.ui.classroom.present.PresentationMode;
import org.hinterlandatlas.ui.classroom.quiz.QuizPanel;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.hinterlandatlas.ui.story.StepNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The presenter's window and the quiz, both while presenting. */
class PresenterFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.started();
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void leave() {
        robot.interact(() -> {
            atlas.app().window().quiz().close();
            atlas.app().window().presentation().stop();
            atlas.app().window().inkMode().ink().setAnnotations(List.of());
        });
    }

    /** A clock that moves only when the test says. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void thePresenterWindowShowsTheStepTheNextTheNotesTheTimerAndTheCountAndTakesTheKeys() throws Exception {
        MainWindow window = atlas.app().window();
        PresentationMode presentation = window.presentation();
        StepNavigator steps = window.navigator();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> steps.steps().size() > 5
                && window.getScene().getWindow().isFocused());
        int size = steps.steps().size();
        HandClock clock = new HandClock();
        robot.interact(() -> presentation.useClock(clock));

        // Alt+F5: the presenter's window on a single screen, as a window of its own
        robot.press(KeyCode.ALT, KeyCode.F5).release(KeyCode.F5, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> presentation.presentingProperty().get()
                && presentation.presenterWindow().map(Window::isShowing).orElse(false));
        Stage presenter = presentation.presenterWindow().orElseThrow();
        assertEquals(0, steps.indexProperty().get());
        assertEquals("1 / " + size, text(presenter, "#presenter-count"));
        assertEquals(title(steps, 0), text(presenter, "#presenter-current-caption"));
        assertEquals(title(steps, 1), text(presenter, "#presenter-next-caption"));
        assertEquals(window.model().atlas().content().story().definition().hinterland().text().zh(),
                text(presenter, "#presenter-notes"), "the first step's notes are the definition's passage");
        // both pictures are painted maps, not blank boxes
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> image(presenter, "#presenter-current-image") != null
                && image(presenter, "#presenter-next-image") != null);
        Image first = image(presenter, "#presenter-current-image");
        assertTrue(colours(first) > 50, "the current step's picture is a map: " + colours(first) + " colours");
        assertEquals("00:00", text(presenter, "#presenter-timer"));
        RunningAtlas.saveScreenshot(robot, presenter.getScene().getRoot(), "presenter-window.png");

        // the timer counts from the start of the presentation, on the clock it is given
        clock.advance(Duration.ofSeconds(65));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "01:05".equals(text(presenter, "#presenter-timer")));

        // the clicker's keys, typed in the presenter's window, page the map; its pictures follow
        Image next = image(presenter, "#presenter-next-image");
        robot.interact(presenter::requestFocus);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, presenter::isFocused);
        key(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> steps.indexProperty().get() == 1);
        assertEquals("2 / " + size, text(presenter, "#presenter-count"));
        assertEquals(title(steps, 1), text(presenter, "#presenter-current-caption"));
        assertEquals(title(steps, 2), text(presenter, "#presenter-next-caption"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> image(presenter, "#presenter-current-image") != first);
        assertNotSame(next, image(presenter, "#presenter-next-image"));
        key(KeyCode.END);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> steps.indexProperty().get() == size - 1);
        assertEquals(size + " / " + size, text(presenter, "#presenter-count"));
        assertEquals("", text(presenter, "#presenter-next-caption"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> image(presenter, "#presenter-next-image") == null);
        assertTrue(presenter.getScene().lookup("#presenter-end").isVisible(), "after the last step, the end");

        // and typed in the projector's window, they move the presenter's too
        robot.interact(() -> window.getScene().getWindow().requestFocus());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.getScene().getWindow().isFocused());
        key(KeyCode.HOME);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "1 / ".concat(String.valueOf(size))
                .equals(text(presenter, "#presenter-count")));

        // Esc in the presenter's window leaves the presentation, and both windows with it
        robot.interact(presenter::requestFocus);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, presenter::isFocused);
        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !presentation.presentingProperty().get());
        assertFalse(presenter.isShowing(), "the presenter's window closes");
        assertTrue(presentation.presenterWindow().isEmpty());
        assertTrue(window.getTop() != null, "the window's menus are back");
    }

    @Test
    void theQuizIsTakenInThePresentationInLargeTypeAndEscEndsItBeforeThePresentation() throws Exception {
        MainWindow window = atlas.app().window();
        PresentationMode presentation = window.presentation();
        QuizPanel quiz = window.quiz();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.navigator().steps().size() > 5
                && window.getScene().getWindow().isFocused());
        key(KeyCode.F5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> presentation.presentingProperty().get());

        // the teacher has drawn on the step: a line that could point at a place asked for
        List<Annotation> ink = List.of(new Annotation.Line(true, "#c0392b", 3, new GeoPoint(104.07, 30.67),
                new GeoPoint(106.55, 29.56)));
        robot.interact(() -> window.inkMode().ink().setAnnotations(ink));
        assertEquals(ink, window.inkMode().onMap());

        // Q: the quiz opens over the presented map
        key(KeyCode.Q);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> quiz.phaseProperty().get() == QuizPanel.Phase.SETUP);
        QuizSet set = QuizSets.tier(window.model().atlas().content(), Tier.SECONDARY);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<QuizSet> sets = robot.lookup("#quiz-set").queryAs(ChoiceBox.class);
            sets.getItems().stream().filter(s -> s.id().equals(set.id())).findFirst().ifPresent(sets::setValue);
            @SuppressWarnings("unchecked")
            ChoiceBox<QuizKind> kinds = robot.lookup("#quiz-kind").queryAs(ChoiceBox.class);
            kinds.setValue(QuizKind.LOCATE);
            robot.lookup("#quiz-seed").queryAs(TextField.class).setText("42");
        });
        robot.clickOn("#quiz-start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> quiz.phaseProperty().get() == QuizPanel.Phase.ASKING
                && !window.map().flyingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(presentation.presentingProperty().get(), "the quiz runs inside the presentation");
        assertTrue(window.inkMode().onMap().isEmpty(), "the ink leaves the map with the labels");
        // the question reads from the back of the room, as the caption does
        Label prompt = robot.lookup("#quiz-prompt").queryAs(Label.class);
        assertTrue(prompt.getFont().getSize() >= 0.03 * window.map().getHeight(),
                prompt.getFont().getSize() + " px on a map " + window.map().getHeight() + " high");
        RunningAtlas.saveScreenshot(robot, window, "presentation-quiz.png");

        // the clicker's keys do not page away from the quiz
        key(KeyCode.RIGHT);
        assertEquals(0, window.navigator().indexProperty().get());
        assertEquals(QuizPanel.Phase.ASKING, quiz.phaseProperty().get());

        List<Question> questions = quiz.quiz().questions();
        for (Question question : questions) {
            Point2D target = onScreen(window, question);
            robot.clickOn(question.number() == 2 ? target.add(0, 150) : target);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quiz.phaseProperty().get() == QuizPanel.Phase.REVEALED);
            robot.clickOn("#quiz-next");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quiz.phaseProperty().get() != QuizPanel.Phase.REVEALED);
        }
        assertEquals(QuizPanel.Phase.DONE, quiz.phaseProperty().get());
        assertEquals(questions.size() - 1, quiz.quiz().score());
        robot.clickOn("#quiz-review");
        assertEquals(Set.of(questions.get(1).target().ref()), quiz.highlighted(), "the mistake is shown on the map");

        // Esc ends the quiz and stays in the presentation, at the step it was on; Esc again leaves
        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> quiz.phaseProperty().get() == QuizPanel.Phase.CLOSED);
        assertTrue(presentation.presentingProperty().get());
        assertFalse(window.map().labelsHiddenProperty().get(), "the labels are back");
        assertEquals(ink, window.inkMode().onMap(), "and the ink");
        key(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.navigator().indexProperty().get() == 1);
        key(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !presentation.presentingProperty().get());
    }

    private Point2D onScreen(MainWindow window, Question question) {
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = window.map().localToScreen(
                window.map().screenPosition(question.target().shape().get(0))));
        return at[0];
    }

    private static String title(StepNavigator steps, int index) {
        return steps.steps().get(index).state().title().zh();
    }

    private static String text(Stage stage, String id) {
        return ((Label) stage.getScene().lookup(id)).getText();
    }

    private static Image image(Stage stage, String id) {
        Node node = stage.getScene().lookup(id);
        return ((ImageView) node).getImage();
    }

    /** How many colours a picture has, counted on a grid of its pixels. */
    private static int colours(Image image) {
        PixelReader pixels = image.getPixelReader();
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(pixels.getArgb(x, y));
            }
        }
        return seen.size();
    }

    private void key(KeyCode code) {
        robot.press(code).release(code);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
