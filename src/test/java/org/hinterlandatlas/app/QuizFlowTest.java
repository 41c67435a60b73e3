// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.render.quiz.Question;
import org.hinterlandatlas.render.quiz.QuizKind;
import org.hinterlandatlas.render.quiz.QuizSet;
import org.hinterlandatlas.render.quiz.QuizSets;
import org.hinterlandatlas.ui.classroom.quiz.QuizPanel;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class QuizFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.started();
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void endQuiz() {
        robot.interact(() -> atlas.app().window().quiz().close());
    }

    private void startQuiz(QuizSet set, QuizKind kind, long seed) throws Exception {
        MainWindow window = atlas.app().window();
        robot.interact(() -> {
            window.quiz().open();
            window.quiz().start(set, kind, seed);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.quiz().phaseProperty().get() == QuizPanel.Phase.ASKING && !window.map().flyingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D onScreen(GeoPoint point) {
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = atlas.app().window().map().localToScreen(atlas.app().window().map().screenPosition(point)));
        return at[0];
    }

    @Test
    void clickingThePlacesScoresTheQuizAndTheReviewShowsTheMistakeOnTheMap() throws Exception {
        MainWindow window = atlas.app().window();
        QuizPanel quiz = window.quiz();
        QuizSet set = QuizSets.tier(window.model().atlas().content(), Tier.SECONDARY);
        startQuiz(set, QuizKind.LOCATE, 42);
        // the labels are gone from the map and clicks go to the quiz
        assertTrue(window.map().labelsHiddenProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().resolvedProperty().get().labels().isEmpty());
        List<Question> questions = quiz.quiz().questions();
        assertEquals(set.items().size(), questions.size());
        // the first question is answered on the place, the second far from its place, the rest on theirs
        for (Question question : questions) {
            Label prompt = robot.lookup("#quiz-prompt").queryAs(Label.class);
            assertTrue(prompt.getText().contains(question.target().name().zh()), prompt.getText());
            Point2D target = onScreen(question.target().shape().get(0));
            robot.clickOn(question.number() == 2 ? target.add(0, 150) : target);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quiz.phaseProperty().get() == QuizPanel.Phase.REVEALED);
            // the right place is revealed, highlighted on the map
            assertEquals(Set.of(question.target().ref()), quiz.highlighted());
            robot.interact(() -> robot.lookup("#quiz-next").queryAs(Button.class).fire());
        }
        assertEquals(QuizPanel.Phase.DONE, quiz.phaseProperty().get());
        assertEquals(questions.size() - 1, quiz.quiz().score());
        assertEquals(String.format("答对 %d 题，共 %d 题。", questions.size() - 1, questions.size()),
                robot.lookup("#quiz-prompt").queryAs(Label.class).getText());
        // the review shows the one mistake's place
        robot.interact(() -> robot.lookup("#quiz-review").queryAs(Button.class).fire());
        assertEquals(QuizPanel.Phase.REVIEWING, quiz.phaseProperty().get());
        assertEquals(Set.of(questions.get(1).target().ref()), quiz.highlighted());
        // ending the quiz gives the labels and the clicks back
        robot.interact(quiz::close);
        assertFalse(window.map().labelsHiddenProperty().get());
        assertNull(window.map().clickTakeoverProperty().get());
    }

    @Test
    void theHighlightedPlaceIsNamedFromFourNames() throws Exception {
        QuizPanel quiz = atlas.app().window().quiz();
        startQuiz(QuizSets.tier(atlas.app().window().model().atlas().content(), Tier.TERTIARY), QuizKind.IDENTIFY, 7);
        Question first = quiz.quiz().current().orElseThrow();
        assertEquals(Set.of(first.target().ref()), quiz.highlighted());
        int right = first.choices().indexOf(first.target());
        robot.clickOn("#quiz-choice-" + right);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quiz.phaseProperty().get() == QuizPanel.Phase.REVEALED);
        assertTrue(robot.lookup("#quiz-feedback").queryAs(Label.class).getText().startsWith("正确"));
        assertEquals(1, quiz.quiz().score());
    }

    @Test
    void aSetWithNoFeatureSaysSoAndDoesNotStart() {
        QuizPanel quiz = atlas.app().window().quiz();
        QuizSet empty = new QuizSet("lesson", "quiz.set.lesson", List.of());
        robot.interact(() -> {
            quiz.open();
            quiz.start(empty, QuizKind.LOCATE, 1);
        });
        assertEquals(QuizPanel.Phase.SETUP, quiz.phaseProperty().get());
        String message = robot.lookup("#quiz-feedback").queryAs(Label.class).getText();
        assertTrue(message.contains("无法开始"), message);
        assertFalse(atlas.app().window().map().labelsHiddenProperty().get());
    }
}
