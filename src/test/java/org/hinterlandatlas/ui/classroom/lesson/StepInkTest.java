// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.ui.classroom.ink.InkViewModel;
import org.junit.jupiter.api.Test;

class StepInkTest {

    private final AtlasContent content = ShippedAtlas.atlas().content();
    private final LessonViewModel lessons = new LessonViewModel(content);
    private final InkViewModel ink = new InkViewModel();

    @Test
    void aStepKeepsWhatIsDrawnOnItAndShowsItAgainWhenChosen() {
        StepInk.bind(lessons, ink);
        // given a drawing on the map, added with the map as a step
        ink.write(new GeoPoint(104.07, 30.67), "成都");
        List<Annotation> chengdu = ink.annotations();
        lessons.addStep(content.mapState("circle").orElseThrow(), Optional.empty(), ink.annotations());
        // when a second step is added and chosen, the map's ink is that step's (none)
        lessons.addStep(content.mapState("national").orElseThrow(), Optional.empty(), List.of());
        assertEquals(List.of(), ink.annotations());

        // when the teacher writes on the second step, the step keeps it
        ink.write(new GeoPoint(106.55, 29.56), "重庆");
        assertEquals(ink.annotations(), lessons.lesson().steps().get(1).annotations());
        assertEquals(1, ink.annotations().size());

        // when the first step is chosen again, its own ink is back on the map
        lessons.select(0);
        assertEquals(chengdu, ink.annotations());
        assertEquals(chengdu, lessons.lesson().steps().get(0).annotations());

        // and undoing the lesson's last edit takes the second step's writing away again
        lessons.select(1);
        lessons.undo();
        assertEquals(List.of(), lessons.lesson().steps().get(1).annotations());
    }
}
