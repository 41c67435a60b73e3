// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.present;

import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import org.hinterlandatlas.model.Bilingual;
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
}
