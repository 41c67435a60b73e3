// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.present;

import java.util.Optional;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.model.Story;
import org.hinterlandatlas.model.TimelineEvent;

/**
 * The presenter's notes for a step: the story's own text for the state the step shows — the definition's
 * passage, a phase's narrative, an event's statement. A step outside the story (a piece of evidence) has none.
 */
final class StepNotes {

    private final Story story;

    StepNotes(Story story) {
        this.story = story;
    }

    Optional<Bilingual> of(String stateId) {
        if (story.definition().state().id().equals(stateId)) {
            return Optional.of(story.definition().hinterland().text());
        }
        for (Phase phase : story.phases()) {
            if (phase.state().id().equals(stateId)) {
                return Optional.of(phase.narrative());
            }
        }
        for (TimelineEvent event : story.events()) {
            if (event.state().id().equals(stateId)) {
                return Optional.of(event.statement());
            }
        }
        return Optional.empty();
    }
}
