// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.present;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.ui.classroom.lesson.LessonViewModel;
import org.hinterlandatlas.ui.map.MapViewModel;

/**
 * The steps of the lesson in the Lesson tab. Going to a step selects it, so the lesson's own bindings put
 * its ink on the map as they do in the tab; the map then shows the step's saved state under the step's
 * caption, which a teacher may have written differently from the view's title.
 */
final class LessonDeck implements Deck {

    private final LessonViewModel lessons;
    private final MapViewModel model;

    LessonDeck(LessonViewModel lessons, MapViewModel model) {
        this.lessons = lessons;
        this.model = model;
    }

    @Override
    public int size() {
        return lessons.lesson().steps().size();
    }

    @Override
    public ReadOnlyIntegerProperty indexProperty() {
        return lessons.selectedProperty();
    }

    @Override
    public void go(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("no step " + index + " of " + size());
        }
        lessons.select(index);
        model.show(state(index), true);
    }

    @Override
    public MapState state(int index) {
        LessonStep step = lessons.lesson().steps().get(index);
        // a caption left empty would leave the map untitled: the view's own title stands in for it
        boolean captioned = !step.caption().zh().isBlank() || !step.caption().en().isBlank();
        return captioned ? step.map().withTitle(step.caption()) : step.map();
    }

    @Override
    public List<Annotation> ink(int index) {
        return lessons.lesson().steps().get(index).annotations();
    }

    @Override
    public Optional<Bilingual> notes(int index) {
        Bilingual notes = lessons.lesson().steps().get(index).notes();
        return notes.zh().isBlank() && notes.en().isBlank() ? Optional.empty() : Optional.of(notes);
    }
}
