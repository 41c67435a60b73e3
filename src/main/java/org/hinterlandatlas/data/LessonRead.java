// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.util.List;
import java.util.Optional;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.model.Lesson;

/**
 * A lesson file as it could be opened: the lesson with every step that is valid, and what was wrong with the
 * rest (each problem names the file and the step); the message shows the first {@link LessonFiles#PROBLEMS_SHOWN}.
 *
 * @param origin for a recovery copy, the lesson file it was being edited from, if it had one
 */
public record LessonRead(String file, Lesson lesson, List<DataException> problems, Optional<String> origin) {

    public LessonRead {
        problems = List.copyOf(problems);
    }

    public boolean complete() {
        return problems.isEmpty();
    }

    /**
     * The one message a teacher sees on opening a lesson that was not entirely valid: the file, then each
     * step left out or repaired and why.
     */
    public String describe(Language language) {
        Messages words = Messages.of(language);
        StringBuilder text = new StringBuilder(words.format("data.lesson.describe", file, problems.size(),
                lesson.steps().size()));
        for (DataException problem : problems.subList(0, Math.min(problems.size(), LessonFiles.PROBLEMS_SHOWN))) {
            text.append("\n· ");
            if (!problem.entry().isEmpty()) {
                text.append(words.format("data.lesson.stepPrefix", problem.entry()));
            }
            text.append(problem.problem().get(language));
        }
        if (problems.size() > LessonFiles.PROBLEMS_SHOWN) {
            text.append("\n").append(words.format("data.lesson.moreProblems",
                    String.valueOf(problems.size() - LessonFiles.PROBLEMS_SHOWN)));
        }
        return text.toString();
    }
}
