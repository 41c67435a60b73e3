// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.LessonRead;
import org.hinterlandatlas.figure.io.AtomicFile;
import org.hinterlandatlas.model.Lesson;

/**
 * Keeps a recovery copy of the lesson being edited, so that a crash or a power cut loses at most the last
 * {@link #DELAY}: each edit (re)starts the delay, and the copy is written once the edits pause (a teacher
 * dragging steps about writes once, not at every step). Saving or discarding the lesson deletes the copy; a
 * copy found at the next start is offered back ({@link #recoverable()}), and what a write killed mid-way
 * left beside it is removed.
 */
public final class LessonAutosave {

    /** At most this much editing is lost. */
    public static final Duration DELAY = Duration.ofSeconds(3);
    private static final Logger LOG = Logger.getLogger(LessonAutosave.class.getName());

    private final LessonStore store;
    private final Path recoveryFile;
    private final Scheduler scheduler;
    private Scheduler.Pending pending;
    /** Counts edits and clears, so that a write that was already under way when it was called off does nothing. */
    private long generation;

    public LessonAutosave(LessonStore store, Path recoveryFile, Scheduler scheduler) {
        this.store = store;
        this.recoveryFile = recoveryFile;
        this.scheduler = scheduler;
    }

    /** The recovery copy left by an atlas that did not close cleanly, if any. */
    public Optional<LessonRead> recoverable() {
        // a write killed with the atlas left its temporary file beside the copy
        AtomicFile.removeStale(recoveryFile.toAbsolutePath().getParent());
        if (!Files.exists(recoveryFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(store.open(recoveryFile));
        } catch (DataException e) {
            // a copy that cannot be read helps nobody; it is kept aside rather than offered
            LOG.warning("the lesson recovery copy cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The lesson changed (and is not saved): write a copy once the edits pause. */
    public synchronized void changed(Lesson lesson, Optional<Path> origin) {
        cancelPending();
        long mine = ++generation;
        pending = scheduler.schedule(DELAY, () -> write(mine, lesson, origin));
    }

    /** The lesson was saved or given up: no copy is needed. */
    public synchronized void clear() {
        cancelPending();
        generation++;
        try {
            Files.deleteIfExists(recoveryFile);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the lesson recovery copy cannot be deleted: " + e.getMessage(), e);
        }
    }

    private synchronized void write(long mine, Lesson lesson, Optional<Path> origin) {
        if (mine != generation) {
            return;
        }
        pending = null;
        try {
            Files.createDirectories(recoveryFile.toAbsolutePath().getParent());
            store.save(lesson, origin, recoveryFile);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the lesson recovery copy cannot be written: " + e.getMessage(), e);
        }
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private static Scheduler background;

    /** The atlas's scheduler: one background thread, shared by every window, that does not keep the atlas from closing. */
    public static synchronized Scheduler backgroundScheduler() {
        if (background == null) {
            background = threadScheduler();
        }
        return background;
    }

    private static Scheduler threadScheduler() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "lesson-autosave");
            thread.setDaemon(true);
            return thread;
        });
        return (delay, task) -> {
            ScheduledFuture<?> future = executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }

    /**
     * Where the copy is kept: a per-user folder that survives a restart (not the runtime folder, which the
     * system empties at logout).
     */
    public static Path defaultRecoveryFile() {
        String os = System.getProperty("os.name", "");
        Path home = Path.of(System.getProperty("user.home"));
        Path folder;
        if (os.startsWith("Windows")) {
            String local = System.getenv("LOCALAPPDATA");
            folder = (local == null ? home.resolve("AppData").resolve("Local") : Path.of(local)).resolve("HinterlandAtlas");
        } else if (os.startsWith("Mac")) {
            folder = home.resolve("Library").resolve("Application Support").resolve("HinterlandAtlas");
        } else {
            String state = System.getenv("XDG_STATE_HOME");
            folder = (state == null || state.isBlank() ? home.resolve(".local").resolve("state") : Path.of(state))
                    .resolve("hinterland-atlas");
        }
        return folder.resolve("recovery.hlesson");
    }
}
