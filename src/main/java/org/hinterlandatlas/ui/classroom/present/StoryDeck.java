// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.present;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Story;
import org.hinterlandatlas.ui.story.StepNavigator;

/** The story's steps, as the narrative pages them, with the story's own text as the notes. */
final class StoryDeck implements Deck {

    private final StepNavigator navigator;
    private final StepNotes notes;

    StoryDeck(StepNavigator navigator, Story story) {
        this.navigator = navigator;
        this.notes = new StepNotes(story);
    }

    @Override
    public int size() {
        return navigator.steps().size();
    }

    @Override
    public ReadOnlyIntegerProperty indexProperty() {
        return navigator.indexProperty();
    }

    @Override
    public void go(int index) {
        navigator.go(index);
    }

    @Override
    public Optional<Bilingual> notes(int index) {
        return notes.of(navigator.steps().get(index).state().id());
    }

    @Override
    public MapState state(int index) {
        return navigator.steps().get(index).state();
    }

    /** The story's steps carry no ink of their own. */
    @Override
    public List<Annotation> ink(int index) {
        return List.of();
    }
}
