// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a lesson: a saved map (its area, layers and highlights), the story or evidence item it shows if
 * any, the teacher's ink, the caption shown on the map and the notes for the presenter. A teacher writes in
 * one language; their caption and notes then hold the same text in both.
 *
 * @param id       unique within the lesson
 * @param itemId   the id of the story step or piece of evidence shown beside the map, if any
 * @param citation where the notes come from (the shipped lesson cites the paper); empty for a teacher's own
 */
public record LessonStep(String id, MapState map, Optional<String> itemId, List<Annotation> annotations,
                         Bilingual caption, Bilingual notes, List<Citation> citation) {

    public LessonStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(notes, "notes");
        annotations = List.copyOf(annotations);
        citation = List.copyOf(citation);
    }
}
