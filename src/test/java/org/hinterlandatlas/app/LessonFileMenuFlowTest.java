// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.ui.classroom.lesson.LessonStore;
import org.hinterlandatlas.ui.classroom.lesson.LessonViewModel;
import org.hinterlandatlas.ui.classroom.lesson.RecentLessons;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Open Recent Lesson, and the question about unsaved edits before a lesson or the window goes. */
class LessonFileMenuFlowTest {

    private static AtlasApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        RecentLessons.forThisUser().clear();
        app = RunningAtlas.start();
    }

    @AfterAll
    static void stop() throws Exception {
        RunningAtlas.stop(app);
        RecentLessons.forThisUser().clear();
    }

    @Test
    void theRecentLessonsAreASubmenuOfFileThatOpensThemAndClears(@TempDir Path folder) throws Exception {
        AtlasContent content = app.window().model().atlas().content();
        Path first = folder.resolve("第一课.hlesson");
        Path second = folder.resolve("second.hlesson");
        new LessonStore(new LessonFiles(content)).save(lesson(content, "第一课"), first);
        new LessonStore(new LessonFiles(content)).save(lesson(content, "second"), second);
        // the other test saves a lesson, which puts it on the list
        RecentLessons.forThisUser().clear();

        Menu recent = recentMenu();
        assertEquals(List.of("recent-lesson-none"), ids(recent), "before any lesson: one item that says so");
        assertTrue(recent.getItems().get(0).isDisable());
        assertEquals("尚未打开过课程", recent.getItems().get(0).getText());

        RecentLessons list = RecentLessons.forThisUser();
        list.used(first);
        list.used(second);
        recent = recentMenu();
        assertEquals(Arrays.asList("recent-lesson-0", "recent-lesson-1", null, "recent-lesson-clear"), ids(recent),
                "two files, a line, and the item that clears the list");
        assertTrue(recent.getItems().get(0).getText().contains("second.hlesson"), "the newest first");
        assertTrue(recent.getItems().get(1).getText().contains("第一课.hlesson"));

        LessonViewModel lessons = app.window().lessons();
        MenuItem open = recent.getItems().get(1);
        robot.interact(open::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lessons.fileProperty().get().equals(Optional.of(first)));
        assertEquals("第一课", lessons.lesson().title().zh());

        MenuItem clear = recentMenu().getItems().get(3);
        assertEquals("清除列表", clear.getText());
        robot.interact(clear::fire);
        assertEquals(List.of("recent-lesson-none"), ids(recentMenu()), "cleared");
        robot.interact(lessons::newLesson);
    }

    @Test
    void unsavedEditsAreAskedAboutBeforeTheWindowClosesQuitsOrTakesAnotherLesson(@TempDir Path folder)
            throws Exception {
        AtlasContent content = app.window().model().atlas().content();
        LessonViewModel lessons = app.window().lessons();
        Path file = folder.resolve("edited.hlesson");
        // a lesson with a file of its own and an edit not yet saved
        robot.interact(() -> lessons.opened(lesson(content, "改过的课"), Optional.of(file), true));
        Stage stage = (Stage) app.window().getScene().getWindow();
        AtomicBoolean closing = new AtomicBoolean();
        // stands where the window would close, after the atlas's own question: the test's window stays up
        EventHandler<WindowEvent> wouldClose = e -> {
            closing.set(true);
            e.consume();
        };
        robot.interact(() -> stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, wouldClose));
        try {
            // the close button, then Cancel: the window stays, the edit too
            Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
            answer("取消");
            assertFalse(closing.get(), "Cancel keeps the window open");
            assertTrue(lessons.dirtyProperty().get());

            // File ▸ Quit, then Cancel: the atlas does not quit
            Platform.runLater(() -> menuItem("menu-file", "menu-quit").fire());
            answer("取消");
            assertTrue(stage.isShowing());

            // the close button, then Save: the lesson is written to its file and the window may close
            Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
            answer("保存");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, closing::get);
            assertFalse(lessons.dirtyProperty().get());
            assertTrue(Files.exists(file));
            assertEquals("改过的课", new LessonFiles(content).read(file).lesson().title().zh());

            // a lesson saved asks nothing
            closing.set(false);
            robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
            assertTrue(closing.get());
            assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty());

            // File ▸ New lesson over an edit: Cancel keeps it, Don't Save lets it go
            robot.interact(() -> lessons.renameLesson("又改了"));
            Platform.runLater(() -> menuItem("menu-file", "menu-lesson-new").fire());
            answer("取消");
            assertEquals("又改了", lessons.lesson().title().zh());
            Platform.runLater(() -> menuItem("menu-file", "menu-lesson-new").fire());
            answer("不保存");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lessons.lesson().steps().isEmpty());
            assertFalse(lessons.dirtyProperty().get());
            assertEquals("改过的课", new LessonFiles(content).read(file).lesson().title().zh(), "the file as saved");
        } finally {
            robot.interact(() -> stage.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, wouldClose));
        }
    }

    /** Waits for the question about unsaved edits and presses the button of that name. */
    private void answer(String button) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("课程有尚未保存的修改", question.getHeaderText());
        ButtonType type = question.getButtonTypes().stream().filter(b -> b.getText().equals(button)).findFirst()
                .orElseThrow();
        robot.interact(() -> ((Button) question.lookupButton(type)).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** File ▸ Open Recent Lesson as the File menu fills it when it opens. */
    private Menu recentMenu() {
        Menu file = menu("menu-file");
        robot.interact(() -> Event.fireEvent(file, new Event(Menu.ON_SHOWING)));
        return (Menu) file.getItems().stream().filter(i -> "menu-lesson-recent".equals(i.getId())).findFirst().orElseThrow();
    }

    private Menu menu(String id) {
        MenuBar bar = (MenuBar) ((VBox) app.window().getTop()).getChildren().get(0);
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    private MenuItem menuItem(String menu, String id) {
        return menu(menu).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static List<String> ids(Menu menu) {
        return menu.getItems().stream().map(MenuItem::getId).toList();
    }

    private static Lesson lesson(AtlasContent content, String title) {
        LessonStep step = new LessonStep("one", content.mapState("definition").orElseThrow(), Optional.of("definition"),
                List.of(), new Bilingual(title, title), new Bilingual("", ""), List.of());
        return new Lesson(new Bilingual(title, title), List.of(step));
    }
}
