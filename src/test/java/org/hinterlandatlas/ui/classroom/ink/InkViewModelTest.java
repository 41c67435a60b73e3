// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.ink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;

/** The ink tools' model, driven with screen positions as the map's ink layer drives it. */
class InkViewModelTest {

    private final Viewport viewport = Viewport.centredOn(105.3, 30.1, 7, 800, 600);
    private final InkViewModel ink = new InkViewModel();

    @Test
    void aPenDragBecomesOneStrokeThroughTheDraggedPlaces() {
        drag(100, 100, 150, 120, 200, 160);
        Annotation.Stroke stroke = assertInstanceOf(Annotation.Stroke.class, ink.annotations().get(0));
        assertEquals(Annotation.Stroke.Kind.PEN, stroke.kind());
        assertEquals(3, stroke.points().size());
        assertEquals(150, InkViewModel.screen(viewport, stroke.points().get(1)).getX(), 1e-6);
    }

    @Test
    void whileDraggingTheStrokeIsShownButNotYetKept() {
        ink.press(at(10, 10), viewport);
        ink.drag(at(60, 60), viewport);
        assertEquals(1, ink.shown().size());
        assertTrue(ink.annotations().isEmpty());
        ink.release();
        assertEquals(1, ink.annotations().size());
    }

    @Test
    void anArrowKeepsOnlyItsEnds() {
        ink.setTool(InkTool.ARROW);
        drag(100, 100, 300, 50, 400, 300);
        Annotation.Line line = assertInstanceOf(Annotation.Line.class, ink.annotations().get(0));
        assertTrue(line.arrow());
        assertEquals(400, InkViewModel.screen(viewport, line.to()).getX(), 1e-6);
    }

    @Test
    void aClickWithTheLineToolDrawsNothing() {
        ink.setTool(InkTool.LINE);
        ink.press(at(100, 100), viewport);
        ink.release();
        assertTrue(ink.annotations().isEmpty());
        assertFalse(ink.canUndo());
    }

    @Test
    void theHighlighterIsWideAndYellowByDefault() {
        ink.setTool(InkTool.HIGHLIGHTER);
        drag(100, 100, 200, 100);
        Annotation.Stroke stroke = (Annotation.Stroke) ink.annotations().get(0);
        assertEquals(Annotation.Stroke.Kind.HIGHLIGHTER, stroke.kind());
        assertEquals(InkViewModel.COLOURS.get(3), stroke.colour());
        assertEquals(ink.width() * InkViewModel.HIGHLIGHTER_FACTOR, stroke.width());
    }

    @Test
    void theEraserRemovesOnlyTheAnnotationUnderThePointer() {
        drag(100, 100, 200, 100);
        drag(100, 300, 200, 300);
        ink.setTool(InkTool.ERASER);
        ink.press(at(150, 303), viewport);
        ink.release();
        assertEquals(1, ink.annotations().size());
        assertEquals(100, InkViewModel.screen(viewport,
                ((Annotation.Stroke) ink.annotations().get(0)).points().get(0)).getY(), 1e-6);
        ink.press(at(150, 200), viewport);
        assertEquals(1, ink.annotations().size(), "nothing under the pointer, nothing erased");
    }

    @Test
    void undoAndRedoWalkTheHistory() {
        drag(100, 100, 200, 100);
        ink.write(at(300, 300), "成渝");
        assertEquals(2, ink.annotations().size());
        ink.undo();
        assertEquals(1, ink.annotations().size());
        ink.undo();
        assertTrue(ink.annotations().isEmpty());
        assertFalse(ink.canUndo());
        ink.redo();
        ink.redo();
        assertEquals(2, ink.annotations().size());
        assertInstanceOf(Annotation.Text.class, ink.annotations().get(1));
        ink.undo();
        drag(10, 10, 20, 20);
        assertFalse(ink.canRedo(), "a new stroke ends the redo history");
    }

    @Test
    void clearingCanBeUndone() {
        drag(100, 100, 200, 100);
        ink.clear();
        assertTrue(ink.annotations().isEmpty());
        ink.undo();
        assertEquals(1, ink.annotations().size());
    }

    @Test
    void aStepsInkReplacesTheInkAndItsHistory() {
        drag(100, 100, 200, 100);
        List<Annotation> step = List.of(new Annotation.Line(false, "#202020", 2, at(1, 1), at(50, 50)));
        int[] notified = {0};
        ink.addListener(() -> notified[0]++);
        ink.setAnnotations(step);
        assertEquals(step, ink.annotations());
        assertFalse(ink.canUndo());
        assertEquals(1, notified[0]);
    }

    private void drag(double... xy) {
        ink.press(at(xy[0], xy[1]), viewport);
        for (int i = 2; i < xy.length; i += 2) {
            ink.drag(at(xy[i], xy[i + 1]), viewport);
        }
        ink.release();
    }

    private GeoPoint at(double x, double y) {
        return InkViewModel.place(viewport, x, y);
    }
}
