// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.ink;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.GeoPoint;

/**
 * A teacher's ink on the map and the tool drawing it: the annotations, the one being drawn, and undo/redo
 * of every change. It knows nothing of JavaFX; the map's ink layer feeds it pointer positions already turned
 * into geographic points, and a lesson step loads and keeps its ink through {@link #annotations()} and
 * {@link #setAnnotations(List)}.
 */
public final class InkViewModel {

    /** The colours on offer: red, blue, black, and a highlighter's yellow — few, and clear on the map's tints. */
    public static final List<String> COLOURS = List.of("#d62728", "#1f5fbf", "#202020", "#f2c200");
    /** The pen widths on offer, in CSS pixels; a highlighter draws at three times the width. */
    public static final List<Double> WIDTHS = List.of(2.0, 4.0, 8.0);
    static final double HIGHLIGHTER_FACTOR = 3;
    /** How near the pointer, in pixels, the eraser must come to an annotation's ink to remove it. */
    static final double ERASER_REACH = 8;
    /** Points closer than this on the screen to the last one add nothing to a stroke. */
    private static final double MIN_STEP = 1.5;
    private static final double TEXT_SIZE_PER_WIDTH = 5;
    private static final double TEXT_MIN_SIZE = 16;

    private final List<Annotation> annotations = new ArrayList<>();
    private final Deque<List<Annotation>> undo = new ArrayDeque<>();
    private final Deque<List<Annotation>> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private InkTool tool = InkTool.PEN;
    private String colour = COLOURS.get(0);
    private double width = WIDTHS.get(1);
    /** The stroke or line being drawn, as screen-independent points; empty between drags. */
    private final List<GeoPoint> drawing = new ArrayList<>();

    /** Called after every change to the ink, the tool or what is being drawn. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The ink as it stands, the annotation being drawn last. */
    public List<Annotation> shown() {
        List<Annotation> all = new ArrayList<>(annotations);
        inProgress().ifPresent(all::add);
        return List.copyOf(all);
    }

    /** The finished annotations, in the order they were drawn: what a lesson step keeps. */
    public List<Annotation> annotations() {
        return List.copyOf(annotations);
    }

    /** Puts a step's ink on the map; the undo history starts afresh, as it belongs to the ink replaced. */
    public void setAnnotations(List<Annotation> replacement) {
        annotations.clear();
        annotations.addAll(replacement);
        drawing.clear();
        undo.clear();
        redo.clear();
        changed();
    }

    public InkTool tool() {
        return tool;
    }

    public void setTool(InkTool tool) {
        this.tool = tool;
        if (tool == InkTool.HIGHLIGHTER && colour.equals(COLOURS.get(0))) {
            colour = COLOURS.get(3);
        }
        changed();
    }

    public String colour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
        changed();
    }

    public double width() {
        return width;
    }

    public void setWidth(double width) {
        this.width = width;
        changed();
    }

    /** A press on the map: a stroke or line starts there, or the eraser removes what is under it. */
    public void press(GeoPoint at, Viewport viewport) {
        drawing.clear();
        if (tool == InkTool.ERASER) {
            eraseAt(at, viewport);
            return;
        }
        if (tool != InkTool.TEXT) {
            drawing.add(at);
        }
        changed();
    }

    /** The pointer dragged on: a stroke gains a point, a line moves its end, the eraser goes on erasing. */
    public void drag(GeoPoint at, Viewport viewport) {
        switch (tool) {
            case ERASER -> eraseAt(at, viewport);
            case PEN, HIGHLIGHTER -> {
                if (!drawing.isEmpty() && screen(viewport, drawing.get(drawing.size() - 1))
                        .distance(screen(viewport, at)) >= MIN_STEP) {
                    drawing.add(at);
                    changed();
                }
            }
            case LINE, ARROW -> {
                if (!drawing.isEmpty()) {
                    drawing.subList(1, drawing.size()).clear();
                    drawing.add(at);
                    changed();
                }
            }
            case TEXT -> { }
        }
    }

    /** The pointer released: what was drawn becomes an annotation, one step of undo. */
    public void release() {
        Optional<Annotation> finished = inProgress();
        drawing.clear();
        finished.ifPresentOrElse(this::add, this::changed);
    }

    /** Writes words with their top-left corner at a place, in the chosen colour and a size from the width. */
    public void write(GeoPoint at, String text) {
        if (!text.isBlank()) {
            add(new Annotation.Text(colour, Math.max(TEXT_MIN_SIZE, width * TEXT_SIZE_PER_WIDTH), at, text.strip()));
        }
    }

    /** Removes all the ink, as one step that can be undone. */
    public void clear() {
        if (!annotations.isEmpty()) {
            remember();
            annotations.clear();
            changed();
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (canUndo()) {
            redo.push(List.copyOf(annotations));
            replace(undo.pop());
        }
    }

    public void redo() {
        if (canRedo()) {
            undo.push(List.copyOf(annotations));
            replace(redo.pop());
        }
    }

    private void add(Annotation annotation) {
        remember();
        annotations.add(annotation);
        changed();
    }

    /** Removes the topmost annotation whose ink lies within the eraser's reach of {@code at}. */
    private void eraseAt(GeoPoint at, Viewport viewport) {
        Point2D p = screen(viewport, at);
        for (int i = annotations.size() - 1; i >= 0; i--) {
            if (distance(annotations.get(i), p, viewport) <= ERASER_REACH) {
                remember();
                annotations.remove(i);
                changed();
                return;
            }
        }
    }

    private Optional<Annotation> inProgress() {
        if (drawing.isEmpty()) {
            return Optional.empty();
        }
        return switch (tool) {
            case PEN -> Optional.of(new Annotation.Stroke(Annotation.Stroke.Kind.PEN, colour, width, drawing));
            case HIGHLIGHTER -> Optional.of(new Annotation.Stroke(Annotation.Stroke.Kind.HIGHLIGHTER, colour,
                    width * HIGHLIGHTER_FACTOR, drawing));
            case LINE, ARROW -> drawing.size() < 2 ? Optional.empty() : Optional.of(new Annotation.Line(
                    tool == InkTool.ARROW, colour, width, drawing.get(0), drawing.get(drawing.size() - 1)));
            case TEXT, ERASER -> Optional.empty();
        };
    }

    /** The distance in pixels from a screen point to an annotation's ink (its centre line, or its text's box). */
    static double distance(Annotation annotation, Point2D p, Viewport viewport) {
        double half = annotation instanceof Annotation.Stroke s ? s.width() / 2
                : annotation instanceof Annotation.Line l ? l.width() / 2 : 0;
        if (annotation instanceof Annotation.Stroke s) {
            List<GeoPoint> points = s.points();
            double best = points.isEmpty() ? Double.MAX_VALUE : screen(viewport, points.get(0)).distance(p);
            for (int i = 1; i < points.size(); i++) {
                best = Math.min(best, segment(screen(viewport, points.get(i - 1)), screen(viewport, points.get(i)), p));
            }
            return Math.max(0, best - half);
        }
        if (annotation instanceof Annotation.Line l) {
            return Math.max(0, segment(screen(viewport, l.from()), screen(viewport, l.to()), p) - half);
        }
        Annotation.Text t = (Annotation.Text) annotation;
        Point2D corner = screen(viewport, t.at());
        // a box of the text's rough size: a glyph about as wide as high, its lines stacked
        String[] lines = t.text().split("\n");
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, line.length());
        }
        double w = longest * t.size() * 0.8;
        double h = lines.length * t.size() * 1.3;
        double dx = Math.max(0, Math.max(corner.getX() - p.getX(), p.getX() - (corner.getX() + w)));
        double dy = Math.max(0, Math.max(corner.getY() - p.getY(), p.getY() - (corner.getY() + h)));
        return Math.hypot(dx, dy);
    }

    private static double segment(Point2D a, Point2D b, Point2D p) {
        return Line2D.ptSegDist(a.getX(), a.getY(), b.getX(), b.getY(), p.getX(), p.getY());
    }

    static Point2D screen(Viewport viewport, GeoPoint point) {
        return new Point2D.Double(viewport.screenX(WebMercator.worldX(point.lon())),
                viewport.screenY(WebMercator.worldY(point.lat())));
    }

    /** Where a point on the screen lies on the earth. */
    public static GeoPoint place(Viewport viewport, double x, double y) {
        return new GeoPoint(WebMercator.lon(viewport.worldX(x)), WebMercator.lat(viewport.worldY(y)));
    }

    private void remember() {
        undo.push(List.copyOf(annotations));
        redo.clear();
    }

    private void replace(List<Annotation> state) {
        annotations.clear();
        annotations.addAll(state);
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
