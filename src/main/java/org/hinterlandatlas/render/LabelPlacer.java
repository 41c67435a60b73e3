// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places labels as a cartographer does, deterministically. By priority, then in the order requested, each
 * label tries a fixed ring of positions touching its own symbol — right, upper right, lower right, left,
 * upper left, lower left, above, below, then the sides again slid towards their ends — each a small gap
 * (growing with the symbol) from the symbol's edge,
 * and takes the first that overlaps no placed label, no symbol, no reserved area and no edge of the surface.
 * A label that finds no such position is dropped, never moved away from its symbol: a name beside the wrong
 * dot is worse than none. Before that it tries its first line alone, and an essential label (a core's, a
 * secondary node's) tries its type a step smaller. An area's name is centred on its label point; a city
 * cluster's name, which has an anchor city, may also stand on the ring around the anchor's symbol, its centre
 * over the cluster's own area where that fits, else at least reaching over it. Text is measured with a fixed font render context, so the
 * screen and a printed page agree.
 */
public final class LabelPlacer {

    /** Anti-aliased, fractional metrics: measurements independent of the drawing target. */
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    /**
     * The ring of candidate positions, in the order they are tried: a direction (−1 left/above, 0 centred,
     * 1 right/below) and, for a label beside or over its symbol, where along the label's side the symbol's
     * centre falls (0.5 the middle, 0.2 near the top or left end). A label slid along its side still touches
     * the symbol at the same gap.
     */
    private static final double[][] RING = {
        {1, 0, 0.5}, {1, -1, 0}, {1, 1, 0}, {-1, 0, 0.5}, {-1, -1, 0}, {-1, 1, 0}, {0, -1, 0.5}, {0, 1, 0.5},
        {1, 0, 0.8}, {1, 0, 0.2}, {-1, 0, 0.8}, {-1, 0, 0.2}, {0, -1, 0.2}, {0, -1, 0.8}, {0, 1, 0.2}, {0, 1, 0.8}};
    private static final double DIAGONAL = Math.sqrt(0.5);

    /**
     * How labels keep their distance.
     *
     * @param padding      the free space kept around each label's text (its halo), in pixels
     * @param gap          the distance between a symbol's edge and its label's text, in pixels …
     * @param gapPerRadius … plus this share of the symbol's radius
     * @param shrink       the factor of the one smaller step an essential label's type may take
     */
    public record Rules(double padding, double gap, double gapPerRadius, double shrink) {

        double gapFor(double clearance) {
            return gap + gapPerRadius * clearance;
        }
    }

    private final double width;
    private final double height;
    private final Rules rules;
    private final List<Rectangle2D> occupied = new ArrayList<>();
    private final List<Ellipse2D> symbols = new ArrayList<>();

    public LabelPlacer(double width, double height, Rules rules) {
        this.width = width;
        this.height = height;
        this.rules = rules;
    }

    /** Marks a symbol, as the circle that holds it, as taken, so that no label covers it. */
    public void addObstacle(double x, double y, double radius) {
        symbols.add(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
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
            for (LabelRequest variant : variants(request)) {
                PlacedLabel label = tryPlace(variant);
                if (label != null) {
                    placed.add(label);
                    occupied.add(label.bounds());
                    break;
                }
            }
        }
        return placed;
    }

    /** The forms a label may take, in order: all lines, all lines smaller, then the first line alone. */
    private List<LabelRequest> variants(LabelRequest request) {
        List<LabelRequest> variants = new ArrayList<>();
        variants.add(request);
        if (request.essential()) {
            variants.add(request.scaled(rules.shrink()));
        }
        if (request.lines().size() > 1) {
            LabelRequest first = request.firstLineOnly();
            variants.add(first);
            if (request.essential()) {
                variants.add(first.scaled(rules.shrink()));
            }
        }
        return variants;
    }

    private PlacedLabel tryPlace(LabelRequest request) {
        Block block = Block.of(request);
        double gap = rules.gapFor(request.clearance());
        if (request.isArea()) {
            PlacedLabel centred = tryAt(request, block, request.x() - block.width / 2,
                    request.y() - block.height / 2, gap, true);
            if (centred != null || request.clearance() == 0) {
                return centred;
            }
        }
        PlacedLabel ring = tryRing(request, block, gap, true);
        // a small area (a cluster at national scale) may hold no name's centre: then it need only reach over it
        return ring != null || request.within() == null ? ring : tryRing(request, block, gap, false);
    }

    private PlacedLabel tryRing(LabelRequest request, Block block, double gap, boolean centreWithin) {
        double d = request.clearance() + gap;
        for (double[] position : RING) {
            int dx = (int) position[0];
            int dy = (int) position[1];
            double reach = dx != 0 && dy != 0 ? d * DIAGONAL : d;
            double left = switch (dx) {
                case 1 -> request.x() + reach;
                case -1 -> request.x() - reach - block.width;
                default -> request.x() - block.width * position[2];
            };
            double top = switch (dy) {
                case 1 -> request.y() + reach;
                case -1 -> request.y() - reach - block.height;
                default -> request.y() - block.height * position[2];
            };
            PlacedLabel label = tryAt(request, block, left, top, gap, centreWithin);
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    private PlacedLabel tryAt(LabelRequest request, Block block, double left, double top, double gap,
                              boolean centreWithin) {
        Rectangle2D text = new Rectangle2D.Double(left, top, block.width, block.height);
        if (request.within() != null && !(centreWithin ? request.within().contains(text.getCenterX(), text.getCenterY())
                : request.within().intersects(text))) {
            return null;
        }
        double p = rules.padding();
        Rectangle2D box = new Rectangle2D.Double(left - p, top - p, block.width + 2 * p, block.height + 2 * p);
        return fits(text, box) ? block.layout(request, text, box, gap) : null;
    }

    /**
     * Whether a label fits: its box with the halo inside the surface and clear of the labels and reserved
     * areas, its text clear of every symbol (the halo, a thin white edge, may graze a neighbouring dot).
     */
    private boolean fits(Rectangle2D text, Rectangle2D box) {
        if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > width || box.getMaxY() > height) {
            return false;
        }
        for (Rectangle2D other : occupied) {
            if (other.intersects(box)) {
                return false;
            }
        }
        for (Ellipse2D symbol : symbols) {
            if (symbol.intersects(text)) {
                return false;
            }
        }
        return true;
    }

    /** A label's lines measured: each line's width, ascent and height, and the block they make. */
    private record Block(double[] lineWidths, double[] ascents, double[] heights, double width, double height) {

        static Block of(LabelRequest request) {
            int n = request.lines().size();
            double[] lineWidths = new double[n];
            double[] ascents = new double[n];
            double[] heights = new double[n];
            double width = 0;
            double height = 0;
            for (int i = 0; i < n; i++) {
                String text = request.lines().get(i);
                lineWidths[i] = request.fonts().get(i).getStringBounds(text, MEASURE).getWidth();
                LineMetrics metrics = request.fonts().get(i).getLineMetrics(text, MEASURE);
                ascents[i] = metrics.getAscent();
                heights[i] = metrics.getAscent() + metrics.getDescent();
                width = Math.max(width, lineWidths[i]);
                height += heights[i];
            }
            return new Block(lineWidths, ascents, heights, width, height);
        }

        PlacedLabel layout(LabelRequest request, Rectangle2D text, Rectangle2D box, double gap) {
            List<PlacedLabel.Line> lines = new ArrayList<>();
            double y = text.getY();
            for (int i = 0; i < lineWidths.length; i++) {
                float x = (float) (text.getX() + (width - lineWidths[i]) / 2);
                lines.add(new PlacedLabel.Line(request.lines().get(i), request.fonts().get(i), x,
                        (float) (y + ascents[i])));
                y += heights[i];
            }
            return new PlacedLabel(request, lines, request.color(), text, box, gap);
        }
    }
}
