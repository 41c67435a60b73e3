// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonViewModelTest {

    private final AtlasContent content = ShippedAtlas.atlas().content();
    private final LessonViewModel lesson = new LessonViewModel(content);

    private List<String> captions() {
        return lesson.lesson().steps().stream().map(s -> s.caption().en()).toList();
    }

    private void threeSteps() {
        for (String id : List.of("definition", "phase-third-front", "evidence-table2")) {
            lesson.addStep(content.mapState(id).orElseThrow(), Optional.of(id));
        }
        lesson.rename(0, "A");
        lesson.rename(1, "B");
        lesson.rename(2, "C");
    }

    @Test
    void theCurrentMapIsAddedAfterTheSelectedStepAndSelected() {
        threeSteps();
        lesson.select(0);
        MapState panned = new MapState("circle", new Bilingual("经济圈", "Circle"), new GeoPoint(104, 29),
                new GeoPoint(106, 31), Set.of(MapLayerId.NODES), Set.of());
        lesson.addStep(panned, Optional.empty());
        assertEquals(List.of("A", "Circle", "B", "C"), captions());
        assertEquals(1, lesson.selectedProperty().get());
        assertEquals(panned, lesson.selectedStep().orElseThrow().map());
        assertEquals(4, lesson.lesson().steps().stream().map(LessonStep::id).distinct().count());
    }

    @Test
    void aMapTheContentDoesNotKnowKeepsItsAreaOnTheNationalView() {
        MapState custom = new MapState("custom", new Bilingual("地图", "Map"), new GeoPoint(100, 25),
                new GeoPoint(110, 33), Set.of(MapLayerId.PROVINCES), Set.of());
        lesson.addStep(custom, Optional.of("no-such-item"));
        LessonStep step = lesson.lesson().steps().get(0);
        assertEquals("national", step.map().id());
        assertEquals(custom.southWest(), step.map().southWest());
        assertEquals(Optional.empty(), step.itemId());
    }

    @Test
    void reorderDuplicateAndDeleteAreEachUndoneAndRedone() {
        threeSteps();
        lesson.move(2, 0);
        assertEquals(List.of("C", "A", "B"), captions());
        assertEquals(0, lesson.selectedProperty().get(), "the moved step stays selected");
        lesson.duplicate(0);
        assertEquals(List.of("C", "C", "A", "B"), captions());
        lesson.delete(3);
        assertEquals(List.of("C", "C", "A"), captions());

        lesson.undo();
        assertEquals(List.of("C", "C", "A", "B"), captions());
        lesson.undo();
        assertEquals(List.of("C", "A", "B"), captions());
        lesson.undo();
        assertEquals(List.of("A", "B", "C"), captions());
        lesson.redo();
        assertEquals(List.of("C", "A", "B"), captions());
        assertTrue(lesson.canRedoProperty().get());
        lesson.rename(1, "  Z ");
        assertEquals(List.of("C", "Z", "B"), captions());
        assertEquals(new Bilingual("Z", "Z"), lesson.lesson().steps().get(1).caption());
        assertFalse(lesson.canRedoProperty().get(), "a new edit ends the redo history");
    }

    @Test
    void undoGoesBackToTheStartAndNoFurther(@TempDir Path folder) {
        threeSteps();
        for (int i = 0; i < 6; i++) {
            lesson.undo();
        }
        assertEquals(List.of(), captions());
        assertFalse(lesson.canUndoProperty().get());
        lesson.undo();
        assertEquals(List.of(), captions());
        lesson.saved(folder.resolve("x.hlesson"));
        assertFalse(lesson.dirtyProperty().get());
        lesson.redo();
        assertTrue(lesson.dirtyProperty().get());
    }

    @Test
    void openingALessonStartsAFreshHistory() {
        threeSteps();
        lesson.opened(lesson.lesson(), Optional.empty(), false);
        assertFalse(lesson.canUndoProperty().get());
        assertFalse(lesson.dirtyProperty().get());
        assertEquals(0, lesson.selectedProperty().get());
    }

    @Test
    void aRunOfTypingInTheNotesUndoesAsOneEdit() {
        threeSteps();
        lesson.editNotes(1, "先");
        lesson.editNotes(1, "先讲");
        lesson.editNotes(1, "先讲三线");
        assertEquals(new Bilingual("先讲三线", "先讲三线"), lesson.lesson().steps().get(1).notes());
        lesson.editNotes(2, "x");
        lesson.undo();
        assertEquals("", lesson.lesson().steps().get(2).notes().zh());
        assertEquals("先讲三线", lesson.lesson().steps().get(1).notes().zh());
        lesson.undo();
        assertEquals("", lesson.lesson().steps().get(1).notes().zh());
        assertEquals(List.of("A", "B", "C"), captions());
    }
}
