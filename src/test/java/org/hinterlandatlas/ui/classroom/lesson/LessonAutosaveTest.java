// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.data.LessonRead;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonAutosaveTest {

    /** Runs the scheduled tasks when the test says time has passed. */
    private static final class ManualScheduler implements Scheduler {
        private record Task(Duration delay, Runnable run, boolean[] cancelled) {
        }

        private final List<Task> tasks = new ArrayList<>();

        @Override
        public Pending schedule(Duration delay, Runnable task) {
            Task t = new Task(delay, task, new boolean[1]);
            tasks.add(t);
            return () -> t.cancelled()[0] = true;
        }

        long live() {
            return tasks.stream().filter(t -> !t.cancelled()[0]).count();
        }

        void runDue() {
            List<Task> due = List.copyOf(tasks);
            tasks.clear();
            due.stream().filter(t -> !t.cancelled()[0]).forEach(t -> t.run().run());
        }
    }

    private final AtlasContent content = ShippedAtlas.atlas().content();
    private final LessonStore store = new LessonStore(new LessonFiles(content));
    private final ManualScheduler scheduler = new ManualScheduler();

    @Test
    void editsAreWrittenOnceTheyPauseAndACrashLeavesThemToBeOfferedBack(@TempDir Path folder) throws Exception {
        Path recovery = folder.resolve("state").resolve("recovery.hlesson");
        Path lessonFile = folder.resolve("week3.hlesson");
        LessonViewModel editing = new LessonViewModel(content);
        LessonAutosave autosave = new LessonAutosave(store, recovery, scheduler);
        editing.lessonProperty().addListener((o, was, now) -> autosave.changed(now, Optional.of(lessonFile)));

        editing.addStep(content.mapState("circle").orElseThrow(), Optional.empty());
        editing.addStep(content.mapState("phase-third-front").orElseThrow(), Optional.of("phase-third-front"));
        editing.rename(1, "三线建设");
        assertEquals(1, scheduler.live(), "each edit restarts the one pending write");
        assertFalse(Files.exists(recovery), "nothing is written before the edits pause");
        assertTrue(LessonAutosave.DELAY.compareTo(Duration.ofSeconds(5)) <= 0);
        scheduler.runDue();
        assertTrue(Files.exists(recovery));
        assertEquals(List.of(), Files.list(recovery.getParent()).filter(p -> !p.equals(recovery)).toList(),
                "no temporary file is left beside the copy");

        // the atlas dies here; the next start finds the copy
        LessonAutosave nextStart = new LessonAutosave(store, recovery, new ManualScheduler());
        LessonRead offered = nextStart.recoverable().orElseThrow();
        assertEquals(editing.lesson(), offered.lesson());
        assertEquals(Optional.of(lessonFile.toString()), offered.origin());

        LessonViewModel restored = new LessonViewModel(content);
        restored.opened(offered.lesson(), offered.origin().map(Path::of), true);
        assertEquals(editing.lesson(), restored.lesson());
        assertTrue(restored.dirtyProperty().get(), "a recovered lesson is not yet saved");
        assertEquals(Optional.of(lessonFile), restored.fileProperty().get());
    }

    @Test
    void savingClearsTheCopyAndCallsOffAPendingWrite(@TempDir Path folder) throws Exception {
        Path recovery = folder.resolve("recovery.hlesson");
        LessonViewModel editing = new LessonViewModel(content);
        LessonAutosave autosave = new LessonAutosave(store, recovery, scheduler);
        editing.addStep(content.mapState("circle").orElseThrow(), Optional.empty());
        autosave.changed(editing.lesson(), Optional.empty());
        scheduler.runDue();
        assertTrue(Files.exists(recovery));
        autosave.changed(editing.lesson(), Optional.empty());
        autosave.clear();
        scheduler.runDue();
        assertFalse(Files.exists(recovery));
        assertTrue(autosave.recoverable().isEmpty());
    }

    @Test
    void anUnreadableCopyIsNotOffered(@TempDir Path folder) throws Exception {
        Path recovery = folder.resolve("recovery.hlesson");
        Files.writeString(recovery, "not a lesson");
        assertTrue(new LessonAutosave(store, recovery, scheduler).recoverable().isEmpty());
    }
}
