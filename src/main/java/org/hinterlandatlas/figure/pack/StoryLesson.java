// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.Claim;
import org.hinterlandatlas.model.Definition;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.PathMeasure;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.model.ThinkingMode;
import org.hinterlandatlas.model.TimelineEvent;

/**
 * A lesson made of the atlas's own walk through the paper (the story, then the evidence): each step's map
 * state, its title as the caption, and as notes the text the story or evidence panel shows beside it, with
 * that text's citations. It is what {@code --lesson default} prints until a lesson file is given.
 */
public final class StoryLesson {

    private record Note(Bilingual text, List<Citation> citations) {
    }

    private StoryLesson() {
    }

    public static Lesson of(AtlasContent content, Bilingual title) {
        Map<String, Note> notes = notes(content);
        List<LessonStep> steps = new ArrayList<>();
        for (MapState state : content.steps()) {
            Optional<Note> note = Optional.ofNullable(notes.get(state.id()));
            steps.add(new LessonStep(state.id(), state, Optional.of(state.id()), List.of(), state.title(),
                    note.map(Note::text).orElse(new Bilingual("", "")),
                    note.map(Note::citations).orElse(List.of())));
        }
        return new Lesson(title, steps);
    }

    private static Map<String, Note> notes(AtlasContent content) {
        Map<String, Note> notes = new HashMap<>();
        Definition definition = content.story().definition();
        notes.put(definition.state().id(),
                new Note(definition.hinterland().text(), definition.hinterland().citations()));
        definition.elements().forEach(e -> notes.put(e.state().id(), new Note(e.text(), e.citations())));
        for (Phase phase : content.story().phases()) {
            notes.put(phase.state().id(), new Note(phase.narrative(), phase.citations()));
        }
        for (TimelineEvent event : content.story().events()) {
            notes.put(event.state().id(), new Note(event.statement(), event.citations()));
        }
        for (Claim claim : content.evidence().claims()) {
            notes.put(claim.state().id(), new Note(claim.text(), claim.citations()));
        }
        for (ThinkingMode mode : content.evidence().paths()) {
            for (PathMeasure measure : mode.measures()) {
                notes.put(measure.state().id(), new Note(measure.text(), measure.citations()));
            }
        }
        return notes;
    }
}
