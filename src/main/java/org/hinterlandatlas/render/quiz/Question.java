// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render.quiz;

import java.util.List;
import java.util.Objects;

/**
 * One question of a quiz.
 *
 * @param number  1 for the first question
 * @param target  the feature asked about
 * @param choices for {@link QuizKind#IDENTIFY}, the names offered (the target among them); empty otherwise
 */
public record Question(int number, QuizKind kind, QuizItem target, List<QuizItem> choices) {

    public Question {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        choices = List.copyOf(choices);
    }
}
