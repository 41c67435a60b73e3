// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places labels without collisions, deterministically: by priority, then in the order requested, each label
 * takes the first of its candidate positions (right, left, above, below, then the diagonals) that overlaps
 * no placed label, no symbol and no edge of the surface — with both lines, then its first line alone, then
 * that line on a ring a little further out; a label that fits nowhere is left out. Text is
 * measured with a fixed font render context, so a tile, the screen and a printed page agree.
 */
public final class LabelPlacer {

    /** Anti-aliased, fractional metrics: measurements independent of the drawing target. */
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    /** Candidate positions as (horizontal, vertical) alignment: −1 left/above, 0 centred, 1 right/below. */
    private static final int[][] POSITIONS = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1}};
    /** Extra distance of the outer ring of positions, tried last, in crowded places. */
    private static final double FAR_RING = 7;

    private final double width;
    private final double height;
    private final double padding;
    private final List<Rectangle2D> occupied = new ArrayList<>();

    /**
     * @param padding the free space kept around each label (its halo), in pixels
     */
    public LabelPlacer(double width, double height, double padding) {
        this.width = width;
        this.height = height;
        this.padding = padding;
    }

    /** Marks a symbol's box as taken, so no label covers it. */
    public void addObstacle(double x, double y, double radius) {
        occupied.add(new Rectangle2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
    }

    /** Keeps labels out of a rectangle, e.g. where the scale bar or an inset is drawn. */
    public void reserve(Rectangle2D area) {
        occupied.add(area);
    }

    public List<PlacedLabel> place(List<LabelRequest> requests) {
        List<LabelRequest> ordered = new ArrayList<>(requests);
        ordered.sort(Comparator.comparingInt(LabelRequest::priority).reversed());
        List<PlacedLabel> placed = new ArrayList<>();
        for (LabelRequest request : ordered) {
            PlacedLabel label = tryPlace(request, 0);
            if (label == null && request.lines().size() > 1) {
                label = tryPlace(request.firstLineOnly(), 0);
            }
            if (label == null && !request.isArea()) {
                label = tryPlace(request.firstLineOnly(), FAR_RING);
            }
            if (label != null) {
                placed.add(label);
                occupied.add(label.bounds());
            }
        }
        return placed;
    }

    private PlacedLabel tryPlace(LabelRequest request, double extraGap) {
        double[] lineWidths = new double[request.lines().size()];
        double[] ascents = new double[lineWidths.length];
        double[] heights = new double[lineWidths.length];
        double boxWidth = 0;
        double boxHeight = 0;
        for (int i = 0; i < lineWidths.length; i++) {
            String text = request.lines().get(i);
            lineWidths[i] = request.fonts().get(i).getStringBounds(text, MEASURE).getWidth();
            LineMetrics metrics = request.fonts().get(i).getLineMetrics(text, MEASURE);
            ascents[i] = metrics.getAscent();
            heights[i] = metrics.getAscent() + metrics.getDescent();
            boxWidth = Math.max(boxWidth, lineWidths[i]);
            boxHeight += heights[i];
        }
        int[][] positions = request.isArea() ? new int[][] {{0, 0}} : POSITIONS;
        double gap = request.clearance() + padding + extraGap;
        for (int[] position : positions) {
            double left = switch (position[0]) {
                case 1 -> request.x() + gap;
                case -1 -> request.x() - gap - boxWidth;
                default -> request.x() - boxWidth / 2;
            };
            double top = switch (position[1]) {
                case 1 -> request.y() + gap;
                case -1 -> request.y() - gap - boxHeight;
                default -> request.y() - boxHeight / 2;
            };
            Rectangle2D box = new Rectangle2D.Double(left - padding, top - padding, boxWidth + 2 * padding,
                    boxHeight + 2 * padding);
            if (fits(box)) {
                return layout(request, box, left, top, boxWidth, lineWidths, ascents, heights);
            }
        }
        return null;
    }

    private boolean fits(Rectangle2D box) {
        if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > width || box.getMaxY() > height) {
            return false;
        }
        for (Rectangle2D other : occupied) {
            if (other.intersects(box)) {
                return false;
            }
        }
        return true;
    }

    private static PlacedLabel layout(LabelRequest request, Rectangle2D box, double left, double top,
                                      double boxWidth, double[] lineWidths, double[] ascents, double[] heights) {
        List<PlacedLabel.Line> lines = new ArrayList<>();
        double y = top;
        for (int i = 0; i < lineWidths.length; i++) {
            float x = (float) (left + (boxWidth - lineWidths[i]) / 2);
            lines.add(new PlacedLabel.Line(request.lines().get(i), request.fonts().get(i), x, (float) (y + ascents[i])));
            y += heights[i];
        }
        return new PlacedLabel(lines, request.color(), box);
    }
}
