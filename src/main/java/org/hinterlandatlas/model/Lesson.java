// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;
import java.util.Objects;

/** A teacher's ordered sequence of steps, saved as a {@code .hlesson} file (docs/data-format.md). */
public record Lesson(Bilingual title, List<LessonStep> steps) {

    public Lesson {
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }
}
