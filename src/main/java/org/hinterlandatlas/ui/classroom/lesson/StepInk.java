// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import java.util.List;
import java.util.Objects;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.ui.classroom.ink.InkViewModel;

/**
 * Keeps the ink on the map and the selected lesson step's ink one: choosing a step puts its ink on the map,
 * and what is drawn while a step is selected becomes that step's ink (an undoable lesson edit). Each side
 * changes the other only when they differ, so the two never echo each other.
 */
public final class StepInk {

    private final LessonViewModel lessons;
    private final InkViewModel ink;

    private StepInk(LessonViewModel lessons, InkViewModel ink) {
        this.lessons = lessons;
        this.ink = ink;
    }

    public static void bind(LessonViewModel lessons, InkViewModel ink) {
        StepInk bond = new StepInk(lessons, ink);
        lessons.selectedProperty().addListener((o, was, now) -> bond.showSelected());
        lessons.lessonProperty().addListener((o, was, now) -> bond.showSelected());
        ink.addListener(bond::keepDrawn);
    }

    private void showSelected() {
        lessons.selectedStep().map(LessonStep::annotations)
                .filter(stepInk -> !stepInk.equals(ink.annotations()))
                .ifPresent(ink::setAnnotations);
    }

    private void keepDrawn() {
        int selected = lessons.selectedProperty().get();
        List<Annotation> drawn = ink.annotations();
        lessons.selectedStep().filter(step -> !Objects.equals(step.annotations(), drawn))
                .ifPresent(step -> lessons.updateStep(selected, s -> new LessonStep(s.id(), s.map(), s.itemId(), drawn,
                        s.caption(), s.notes(), s.citation())));
    }
}
