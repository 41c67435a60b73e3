// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.model.MapState;

/**
 * The lesson being edited: its steps, the selected step, the file it belongs to and whether it has changes
 * not yet saved. Every edit goes through here and can be undone: the lesson is immutable, so the undo stack
 * keeps whole lessons (a lesson is small; {@link #UNDO_LIMIT} of them is nothing). Other parts of the
 * classroom (ink, presentation, quiz) read {@link #lessonProperty()} and {@link #selectedProperty()} and
 * change a step with {@link #updateStep}. Needs no toolkit: JavaFX properties only.
 */
public final class LessonViewModel {

    public static final int UNDO_LIMIT = 200;
    private static final Bilingual UNTITLED = new Bilingual("新课程", "New lesson");

    private record Snapshot(Lesson lesson, int selected) {
    }

    private final AtlasContent content;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson",
            new Lesson(UNTITLED, List.of()));
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyObjectWrapper<Optional<Path>> file = new ReadOnlyObjectWrapper<>(this, "file", Optional.empty());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final Deque<Snapshot> undo = new ArrayDeque<>();
    private final Deque<Snapshot> redo = new ArrayDeque<>();
    /** The step whose notes the last edit typed into, so that a run of typing undoes as one edit. */
    private String typingInto;

    public LessonViewModel(AtlasContent content) {
        this.content = content;
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public Lesson lesson() {
        return lesson.get();
    }

    /** The index of the selected step, or −1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Optional<LessonStep> selectedStep() {
        int i = selected.get();
        return i < 0 ? Optional.empty() : Optional.of(lesson.get().steps().get(i));
    }

    public ReadOnlyObjectProperty<Optional<Path>> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public void select(int index) {
        selected.set(index >= 0 && index < lesson.get().steps().size() ? index : -1);
    }

    // ---- whole lessons (not undoable: they replace what there is to undo)

    public void newLesson() {
        replace(new Lesson(UNTITLED, List.of()), Optional.empty(), false);
    }

    /** A lesson opened from a file, or a recovered copy (dirty: it is not what the file holds). */
    public void opened(Lesson opened, Optional<Path> from, boolean recovered) {
        replace(opened, from, recovered);
    }

    public void saved(Path to) {
        file.set(Optional.of(to));
        dirty.set(false);
    }

    private void replace(Lesson next, Optional<Path> from, boolean changed) {
        typingInto = null;
        undo.clear();
        redo.clear();
        // no listener of the new lesson may see a selection past its end
        selected.set(-1);
        lesson.set(next);
        file.set(from);
        dirty.set(changed);
        selected.set(next.steps().isEmpty() ? -1 : 0);
        updateUndoState();
    }

    // ---- edits

    /**
     * Adds the map as it is now after the selected step (or at the end) and selects it. A state the content
     * does not know (the map before any view was chosen) keeps its area on the national view.
     */
    public void addStep(MapState current, Optional<String> itemId) {
        addStep(current, itemId, List.of());
    }

    /** {@link #addStep(MapState, Optional)} with the ink drawn on the map now, which the step keeps. */
    public void addStep(MapState current, Optional<String> itemId, List<Annotation> ink) {
        MapState map = content.mapState(current.id()).isPresent() ? current
                : new MapState("national", current.title(), current.southWest(), current.northEast(),
                current.layers(), current.highlighted());
        int at = selected.get() < 0 ? lesson.get().steps().size() : selected.get() + 1;
        LessonStep step = new LessonStep(freshId(), map, itemId.filter(id -> content.mapState(id).isPresent()),
                ink, current.title(), new Bilingual("", ""), List.of());
        List<LessonStep> steps = new ArrayList<>(lesson.get().steps());
        steps.add(at, step);
        edit(steps, at);
    }

    /** A teacher writes a caption in one language; both hold it. */
    public void rename(int index, String caption) {
        String text = caption.strip();
        updateStep(index, s -> new LessonStep(s.id(), s.map(), s.itemId(), s.annotations(), new Bilingual(text, text),
                s.notes(), s.citation()));
    }

    public void renameLesson(String title) {
        String text = title.strip();
        if (text.isEmpty()) {
            return;
        }
        push();
        set(new Lesson(new Bilingual(text, text), lesson.get().steps()), selected.get());
    }

    /** Replaces a step by what {@code change} makes of it (its notes, its ink…), undoably. */
    public void updateStep(int index, UnaryOperator<LessonStep> change) {
        List<LessonStep> steps = new ArrayList<>(lesson.get().steps());
        LessonStep changed = change.apply(steps.get(index));
        if (changed.equals(steps.get(index))) {
            return;
        }
        steps.set(index, changed);
        edit(steps, index);
    }

    /**
     * The teacher typed into a step's notes (in one language; both hold the text). Typing on in the same
     * step's notes adds to the same undo step, so that the notes are kept as typed yet undo as one edit.
     */
    public void editNotes(int index, String text) {
        LessonStep s = lesson.get().steps().get(index);
        if (new Bilingual(text, text).equals(s.notes())) {
            return;
        }
        boolean goingOn = s.id().equals(typingInto);
        List<LessonStep> steps = new ArrayList<>(lesson.get().steps());
        steps.set(index, new LessonStep(s.id(), s.map(), s.itemId(), s.annotations(), s.caption(),
                new Bilingual(text, text), s.citation()));
        if (!goingOn) {
            push();
            typingInto = s.id();
        }
        set(new Lesson(lesson.get().title(), steps), index);
    }

    /** Moves a step to another place (a drag, or Alt+↑/↓); it stays selected. */
    public void move(int from, int to) {
        List<LessonStep> steps = new ArrayList<>(lesson.get().steps());
        if (from == to || from < 0 || to < 0 || from >= steps.size() || to >= steps.size()) {
            return;
        }
        steps.add(to, steps.remove(from));
        edit(steps, to);
    }

    public void duplicate(int index) {
        List<LessonStep> steps = new ArrayList<>(lesson.get().steps());
        LessonStep s = steps.get(index);
        steps.add(index + 1, new LessonStep(freshId(), s.map(), s.itemId(), s.annotations(), s.caption(), s.notes(),
                s.citation()));
        edit(steps, index + 1);
    }

    public void delete(int index) {
        List<LessonStep> steps = new ArrayList<>(lesson.get().steps());
        steps.remove(index);
        edit(steps, Math.min(index, steps.size() - 1));
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(new Snapshot(lesson.get(), selected.get()));
            restore(undo.pop());
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(new Snapshot(lesson.get(), selected.get()));
            restore(redo.pop());
        }
    }

    private void restore(Snapshot snapshot) {
        typingInto = null;
        // dirty first: whoever follows the lesson (the autosave) sees it changed and unsaved
        dirty.set(true);
        show(snapshot.lesson(), snapshot.selected());
        updateUndoState();
    }

    private void edit(List<LessonStep> steps, int select) {
        push();
        set(new Lesson(lesson.get().title(), steps), select);
    }

    private void push() {
        typingInto = null;
        undo.push(new Snapshot(lesson.get(), selected.get()));
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    private void set(Lesson next, int select) {
        dirty.set(true);
        show(next, select);
        updateUndoState();
    }

    /**
     * The selection changes only where it must (the map follows a newly selected step; typing in the notes
     * must not send it back there), and never points past the end of the lesson, even for a moment.
     */
    private void show(Lesson next, int select) {
        if (selected.get() >= next.steps().size()) {
            selected.set(-1);
        }
        lesson.set(next);
        selected.set(select);
    }

    private void updateUndoState() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    private String freshId() {
        Set<String> used = new HashSet<>();
        lesson.get().steps().forEach(s -> used.add(s.id()));
        int n = used.size() + 1;
        while (used.contains("step-" + n)) {
            n++;
        }
        return "step-" + n;
    }
}
