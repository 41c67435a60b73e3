// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.ui.classroom.lesson.LessonAutosave;
import org.hinterlandatlas.ui.classroom.lesson.LessonStore;
import org.hinterlandatlas.ui.classroom.lesson.LessonViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher whose atlas died mid-lesson: the lesson is offered back, then edited in the Lesson tab. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LessonFlowTest {

    private static final Path RECOVERY = LessonAutosave.defaultRecoveryFile();
    private static AtlasApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void crashedMidLesson() throws Exception {
        AtlasContent content = ShippedAtlas.atlas().content();
        List<LessonStep> steps = List.of(step(content, "one", "definition"), step(content, "two", "phase-third-front"));
        Files.createDirectories(RECOVERY.getParent());
        new LessonStore(new LessonFiles(content)).save(new Lesson(new Bilingual("未存的课", "Unsaved"), steps),
                Optional.empty(), RECOVERY);
        app = RunningAtlas.start();
    }

    @AfterAll
    static void stop() throws Exception {
        RunningAtlas.stop(app);
        Files.deleteIfExists(RECOVERY);
    }

    @Test
    @Order(1)
    void theLessonLeftUnsavedIsOfferedAtStartAndRestored() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(question.getContentText().contains("未存的课"), question.getContentText());
        ButtonType restore = question.getButtonTypes().stream().filter(b -> b.getText().equals("恢复")).findFirst().orElseThrow();
        robot.interact(() -> ((Button) question.lookupButton(restore)).fire());
        LessonViewModel lessons = app.window().lessons();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lessons.lesson().steps().size() == 2);
        assertEquals(new Bilingual("未存的课", "Unsaved"), lessons.lesson().title());
        assertTrue(lessons.dirtyProperty().get());
    }

    @Test
    @Order(2)
    void aStepAddedInTheLessonTabIsUndoneRedoneAndCopiedForRecovery() throws Exception {
        LessonViewModel lessons = app.window().lessons();
        robot.interact(() -> {
            TabPane tabs = app.window().narrativeTabs();
            tabs.getTabs().stream().filter(tab -> "tab-lesson".equals(tab.getId())).findFirst()
                    .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lesson-add").tryQuery().isPresent());
        robot.clickOn("#lesson-add");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lessons.lesson().steps().size() == 3);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lessons.lesson().steps().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lessons.lesson().steps().size() == 3);
        // the recovery copy follows a few seconds after the edits pause
        LessonFiles files = new LessonFiles(app.window().model().atlas().content());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> recoverySteps(files) == 3);
        RunningAtlas.saveScreenshot(robot, app.window(), "lesson-tab.png");
    }

    private static int recoverySteps(LessonFiles files) {
        try {
            return Files.exists(RECOVERY) ? files.read(RECOVERY).lesson().steps().size() : -1;
        } catch (DataException e) {
            return -1;
        }
    }

    private static LessonStep step(AtlasContent content, String id, String state) {
        return new LessonStep(id, content.mapState(state).orElseThrow(), Optional.of(state), List.of(),
                new Bilingual(id, id), new Bilingual("", ""), List.of());
    }
}
