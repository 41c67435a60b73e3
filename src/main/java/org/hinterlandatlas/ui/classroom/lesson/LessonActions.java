// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.data.LessonRead;
import org.hinterlandatlas.figure.io.WriteProblem;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.words.Messages;

/**
 * File ▸ New / Open / Save / Save As lesson, the recent lessons, and the recovery copy offered at start. A
 * lesson that opens with problems opens with the steps that are valid and one message; nothing is written
 * over until the teacher saves. Selecting a step shows it on the map.
 */
public final class LessonActions {

    private final MapViewModel map;
    private final LessonViewModel lessons;
    private final LessonStore store;
    private final LessonAutosave autosave;
    private final RecentLessons recent;
    private final Messages messages;
    private final Supplier<Window> owner;
    private Supplier<List<Annotation>> ink;

    public LessonActions(MapViewModel map, LessonViewModel lessons, LessonAutosave autosave, RecentLessons recent,
                         Messages messages, Supplier<Window> owner) {
        this.map = map;
        this.lessons = lessons;
        this.store = new LessonStore(new LessonFiles(map.atlas().content()));
        this.autosave = autosave;
        this.recent = recent;
        this.messages = messages;
        this.owner = owner;
        this.ink = List::of;
        lessons.lessonProperty().addListener((o, was, now) -> {
            if (lessons.dirtyProperty().get()) {
                autosave.changed(now, lessons.fileProperty().get());
            }
        });
        lessons.selectedProperty().addListener((o, was, now) -> lessons.selectedStep()
                .ifPresent(step -> map.show(step.map(), true)));
    }

    /** The atlas's own: the teacher's recovery folder and recent list, and a background autosave. */
    public static LessonActions forThisUser(MapViewModel map, LessonViewModel lessons, Messages messages,
                                            Supplier<Window> owner) {
        LessonStore store = new LessonStore(new LessonFiles(map.atlas().content()));
        return new LessonActions(map, lessons, new LessonAutosave(store, LessonAutosave.defaultRecoveryFile(),
                LessonAutosave.backgroundScheduler()), RecentLessons.forThisUser(), messages, owner);
    }

    public LessonViewModel lessons() {
        return lessons;
    }

    public RecentLessons recent() {
        return recent;
    }

    /** Continues the lesson of a window rebuilt in another language (its undo history starts anew). */
    public void continueFrom(LessonActions previous) {
        LessonViewModel before = previous.lessons;
        lessons.opened(before.lesson(), before.fileProperty().get(), before.dirtyProperty().get());
        lessons.select(before.selectedProperty().get());
    }

    /** Adds the map as it is now, with the ink on it, as a step after the selected one. */
    public void addCurrentMap() {
        MapState shownItem = map.shownProperty().get();
        lessons.addStep(map.currentState(), shownItem == null ? Optional.empty() : Optional.of(shownItem.id()),
                ink.get());
    }

    /** Where the ink on the map comes from, for {@link #addCurrentMap()}; none until the window says. */
    public void inkFrom(Supplier<List<Annotation>> drawn) {
        ink = drawn;
    }

    /** At start: a lesson the last run did not save is offered back. */
    public void offerRecovery() {
        autosave.recoverable().ifPresent(read -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.format("lesson.recover.text",
                    read.lesson().title().get(messages.language()), read.lesson().steps().size()));
            ask.initOwner(owner.get());
            ask.setTitle(messages.get("lesson.recover.title"));
            ask.setHeaderText(messages.get("lesson.recover.title"));
            ButtonType restore = new ButtonType(messages.get("lesson.recover.restore"), ButtonBar.ButtonData.OK_DONE);
            ButtonType discard = new ButtonType(messages.get("lesson.recover.discard"), ButtonBar.ButtonData.CANCEL_CLOSE);
            ask.getButtonTypes().setAll(restore, discard);
            // not modal-blocking: the atlas starts and answers while the question waits
            ask.setOnHidden(e -> {
                if (ask.getResult() == restore) {
                    lessons.opened(read.lesson(), read.origin().map(Path::of), true);
                } else {
                    autosave.clear();
                }
            });
            ask.show();
        });
    }

    public void newLesson() {
        if (keepChanges()) {
            lessons.newLesson();
            autosave.clear();
        }
    }

    public void open() {
        if (!keepChanges()) {
            return;
        }
        File file = chooser(messages.get("lesson.open.title")).showOpenDialog(owner.get());
        if (file != null) {
            open(file.toPath());
        }
    }

    /** The lesson shipped with the atlas; saving it asks for a file of the teacher's own. */
    public void openDefault() {
        if (!keepChanges()) {
            return;
        }
        try {
            LessonRead read = new LessonFiles(map.atlas().content()).readDefault(new ClasspathDataFiles());
            lessons.opened(read.lesson(), Optional.empty(), false);
            autosave.clear();
        } catch (DataException e) {
            inform(Alert.AlertType.ERROR, messages.get("lesson.open.failed"), e.describe(messages.language()));
        }
    }

    public void open(Path file) {
        try {
            LessonRead read = store.open(file);
            lessons.opened(read.lesson(), Optional.of(file), false);
            autosave.clear();
            recent.used(file);
            if (!read.complete()) {
                inform(Alert.AlertType.WARNING, messages.get("lesson.open.problems"), read.describe(messages.language()));
            }
        } catch (DataException e) {
            recent.forget(file);
            inform(Alert.AlertType.ERROR, messages.get("lesson.open.failed"), e.describe(messages.language()));
        }
    }

    /** Saves to the lesson's file, or asks for one; true once saved. */
    public boolean save() {
        Optional<Path> file = lessons.fileProperty().get();
        return file.isPresent() ? saveTo(file.get()) : saveAs();
    }

    public boolean saveAs() {
        FileChooser chooser = chooser(messages.get("lesson.save.title"));
        // the title as a file name, without the characters file systems refuse
        chooser.setInitialFileName(lessons.lesson().title().get(messages.language()).replaceAll("[\\\\/:*?\"<>|]", " ").strip()
                + LessonFiles.EXTENSION);
        File file = chooser.showSaveDialog(owner.get());
        return file != null && saveTo(LessonStore.withExtension(file.toPath()));
    }

    private boolean saveTo(Path file) {
        Lesson lesson = lessons.lesson();
        try {
            store.save(lesson, file);
        } catch (IOException e) {
            inform(Alert.AlertType.ERROR, messages.get("lesson.save.failed"),
                    file + ": " + WriteProblem.of(e).get(messages.language()));
            return false;
        }
        lessons.saved(file);
        autosave.clear();
        recent.used(file);
        return true;
    }

    /** Before the lesson is replaced: saves it, or lets it go, or stays (false). */
    public boolean keepChanges() {
        if (!lessons.dirtyProperty().get()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.format("lesson.unsaved.text",
                lessons.lesson().title().get(messages.language())));
        ask.initOwner(owner.get());
        // JavaFX would title the window in the system's language, not the atlas's
        ask.setTitle(messages.get("lesson.unsaved.title"));
        ask.setHeaderText(messages.get("lesson.unsaved.title"));
        ButtonType save = new ButtonType(messages.get("lesson.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType(messages.get("lesson.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("lesson.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(save, drop, cancel);
        ButtonType answer = ask.showAndWait().orElse(cancel);
        return answer == save ? save() : answer == drop;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("lesson.filter"),
                "*" + LessonFiles.EXTENSION));
        lessons.fileProperty().get().map(Path::getParent).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private void inform(Alert.AlertType type, String header, String text) {
        Platform.runLater(() -> {
            Alert alert = new Alert(type, text);
            alert.initOwner(owner.get());
            alert.setTitle(header);
            alert.setHeaderText(header);
            alert.show();
        });
    }
}
