// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.quiz.Question;
import org.hinterlandatlas.render.quiz.QuizKind;
import org.hinterlandatlas.render.quiz.QuizSets;
import org.hinterlandatlas.support.NetworkTripwire;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.ui.classroom.lesson.LessonAutosave;
import org.hinterlandatlas.ui.classroom.lesson.LessonStore;
import org.hinterlandatlas.ui.classroom.lesson.LessonViewModel;
import org.hinterlandatlas.ui.classroom.quiz.QuizPanel;
import org.hinterlandatlas.ui.figure.ExportTask;
import org.hinterlandatlas.ui.figure.FigureSource;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole class with the atlas, scripted, in a JVM of its own whose sockets all refuse
 * ({@link NetworkTripwire#forWholeJvm()}): the window opens, shows every view and every step, exports a figure
 * in each format, presents and saves a lesson, runs a quiz to its score and writes a print pack. It writes
 * what it did to {@code session.txt} and every network attempt to {@code attempts.txt} in the folder it is
 * given, and exits 0 only when the session ran through; {@code NoNetworkSessionFlowTest} runs it, under a
 * system-call trace where there is one.
 */
final class ScriptedSession {

    /** The exit code of a session that could not be run through: its stack trace is on the error stream. */
    static final int FAILED = 1;
    /** Where a session that did not run through says why. */
    static final String FAILURE = "failure.txt";

    private final Path folder;
    private final FxRobot robot = new FxRobot();
    private final List<String> done = new ArrayList<>();
    private AtlasApp app;

    private ScriptedSession(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        NetworkTripwire tripwire = NetworkTripwire.forWholeJvm();
        ScriptedSession session = new ScriptedSession(folder);
        int exit = 0;
        try {
            session.run();
        } catch (Exception | AssertionError e) {
            // the test shows this file when the session fails
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(folder.resolve(FAILURE), trace.toString());
            exit = FAILED;
        } finally {
            Files.write(folder.resolve("session.txt"), session.done);
            Files.write(folder.resolve("attempts.txt"), tripwire.attempts());
        }
        // the toolkit's threads would keep the JVM alive
        System.exit(exit);
    }

    private void run() throws Exception {
        app = RunningAtlas.start();
        try {
            MainWindow window = app.window();
            RunningAtlas.awaitArrival(window);
            everyView(window);
            everyStep(window);
            exports(window);
            lesson(window);
            quiz(window);
            printPack(window);
        } finally {
            RunningAtlas.stop(app);
            // a recovery copy left behind would be offered to the next atlas the tests start
            Files.deleteIfExists(LessonAutosave.defaultRecoveryFile());
        }
    }

    private void everyView(MainWindow window) throws Exception {
        List<MapState> views = window.model().atlas().content().mapStates();
        for (MapState view : views) {
            robot.interact(() -> window.model().show(view, true));
            RunningAtlas.awaitArrival(window);
            waitFor(() -> window.model().shownProperty().get().id().equals(view.id()));
        }
        done.add("views " + views.size());
    }

    private void everyStep(MainWindow window) throws Exception {
        int steps = window.navigator().steps().size();
        for (int i = 0; i < steps; i++) {
            int index = i;
            robot.interact(() -> window.navigator().go(index));
            RunningAtlas.awaitArrival(window);
            waitFor(() -> window.navigator().indexProperty().get() == index);
        }
        done.add("steps " + steps);
    }

    private void exports(MainWindow window) throws Exception {
        FigureSource source = new FigureSource(window.model(), ShippedAtlas.painter(),
                new LegendPainter(ShippedAtlas.style(), ShippedAtlas.fonts()));
        for (FigureFormat format : FigureFormat.values()) {
            Path file = folder.resolve("figure." + format.extension());
            FigureSpec spec = new FigureSpec(Paper.A4.page(true), FigureSpec.MIN_DPI, format, Language.ZH, "图",
                    EnumSet.allOf(Furniture.class));
            ExportTask[] task = new ExportTask[1];
            robot.interact(() -> task[0] = window.figures().run(source.figure(spec, window.model().currentState()), file));
            finish(task[0]);
            done.add("exported " + file.getFileName());
        }
    }

    /** The shipped lesson opened, presented step by step, changed (which autosaves it) and saved. */
    private void lesson(MainWindow window) throws Exception {
        LessonViewModel lessons = window.lessons();
        Lesson shipped = new LessonFiles(window.model().atlas().content()).readDefault(new ClasspathDataFiles()).lesson();
        robot.interact(() -> lessons.opened(shipped, Optional.empty(), false));
        robot.interact(() -> window.presentation().startFromFirst());
        waitFor(() -> window.presentation().presentingProperty().get());
        for (int i = 0; i < shipped.steps().size(); i++) {
            int index = i;
            robot.interact(() -> lessons.select(index));
            RunningAtlas.awaitArrival(window);
            waitFor(() -> window.model().shownProperty().get().id().equals(shipped.steps().get(index).map().id()));
        }
        robot.interact(() -> window.presentation().stop());
        robot.interact(() -> lessons.addStep(window.model().currentState(), Optional.empty()));
        Path recovery = LessonAutosave.defaultRecoveryFile();
        waitFor(() -> Files.exists(recovery));
        Path saved = folder.resolve("lesson.hlesson");
        new LessonStore(new LessonFiles(window.model().atlas().content())).save(lessons.lesson(), saved);
        robot.interact(lessons::newLesson);
        done.add("lesson presented " + shipped.steps().size() + " steps, autosaved and saved to " + saved.getFileName());
    }

    private void quiz(MainWindow window) throws Exception {
        QuizPanel quiz = window.quiz();
        robot.interact(() -> {
            quiz.open();
            quiz.start(QuizSets.tier(window.model().atlas().content(), Tier.TERTIARY), QuizKind.IDENTIFY, 14);
        });
        waitFor(() -> quiz.phaseProperty().get() == QuizPanel.Phase.ASKING);
        int answered = 0;
        while (quiz.phaseProperty().get() != QuizPanel.Phase.DONE) {
            Question question = quiz.quiz().current().orElseThrow();
            int right = question.choices().indexOf(question.target());
            robot.interact(() -> robot.lookup("#quiz-choice-" + right).queryAs(Button.class).fire());
            waitFor(() -> quiz.phaseProperty().get() == QuizPanel.Phase.REVEALED);
            answered++;
            robot.interact(() -> robot.lookup("#quiz-next").queryAs(Button.class).fire());
            waitFor(() -> quiz.phaseProperty().get() != QuizPanel.Phase.REVEALED);
        }
        int score = quiz.quiz().score();
        robot.interact(quiz::close);
        done.add("quiz answered " + answered + ", scored " + score);
    }

    private void printPack(MainWindow window) throws Exception {
        Path file = folder.resolve("pack.pdf");
        ExportTask[] task = new ExportTask[1];
        robot.interact(() -> task[0] = window.figures().exportPrintPack(file));
        finish(task[0]);
        done.add("print pack " + file.getFileName());
    }

    /** Waits for an export to end, checks it wrote its file and closes the message that says where. */
    private void finish(ExportTask task) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        Throwable[] failure = new Throwable[1];
        robot.interact(() -> failure[0] = task.getException());
        if (failure[0] != null) {
            throw new IOException("the export failed", failure[0]);
        }
        DialogPane message = robot.lookup("#figure-message").queryAs(DialogPane.class);
        ButtonType ok = message.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        robot.interact(() -> ((Button) message.lookupButton(ok)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
