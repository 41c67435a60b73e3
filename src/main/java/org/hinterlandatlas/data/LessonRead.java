// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.util.List;
import java.util.Optional;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.Lesson;

/**
 * A lesson file as it could be opened: the lesson with every step that is valid, and what was wrong with the
 * rest (each problem names the file and the step).
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
        StringBuilder text = new StringBuilder();
        if (language == Language.ZH) {
            text.append(file).append("：有 ").append(problems.size()).append(" 处问题，其余 ")
                    .append(lesson.steps().size()).append(" 个步骤已打开。");
            problems.forEach(p -> text.append("\n· ").append(step(p, language)).append(p.problem().zh()));
        } else {
            text.append(file).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                    .append("; the other ").append(lesson.steps().size()).append(" steps are open.");
            problems.forEach(p -> text.append("\n· ").append(step(p, language)).append(p.problem().en()));
        }
        return text.toString();
    }

    private static String step(DataException problem, Language language) {
        if (problem.entry().isEmpty()) {
            return "";
        }
        return language == Language.ZH ? "步骤“" + problem.entry() + "”：" : "step \"" + problem.entry() + "\": ";
    }
}
