// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hinterlandatlas.model.PlaceRole;

/**
 * Puts the cards on the map before the labels are placed, so that labels then keep clear of them: each card
 * tries the map's corners — bottom left above the scale bar, top left below the caption, top right below the
 * north arrow, bottom right above the inset — then, as one tall column, the middle of either side, and takes
 * the one where it hides the least (an essential node,
 * a pole city or a highlighted feature weighs far more than a lesser dot), clear of the furniture and the other cards.
 */
final class CardPlacer {

    private static final double MARGIN = MapFrame.MARGIN;
    private static final double ESSENTIAL = 1000;
    private static final double HIGHLIGHTED = 300;
    /** A pole city names its cluster at national scale: a card keeps off it almost as off a main node. */
    private static final double POLE = 500;
    /** The largest share of the map's height a card takes in a corner, its legend in columns if need be. */
    private static final double MAX_HEIGHT = 0.45;
    /**
     * The share a card may take in one tall column at a side's middle, when no corner is free of the map's
     * main names (a small map whose corners all hold a core or a secondary node).
     */
    private static final double TALL_HEIGHT = 0.8;
    /** How far an essential node's name reaches from it, in CSS pixels: a card keeps out of that room. */
    private static final double NAME_REACH = 90;

    private final CardPainter painter;

    CardPlacer(CardPainter painter) {
        this.painter = painter;
    }

    /** How many places a card may try: four corners and two sides. */
    static final int CORNERS = 6;

    /**
     * Places the cards, each in the free corner where it hides the least; with {@code attempt} above zero the
     * first card takes its attempt-th choice instead, for when its first choice leaves an essential node no
     * room for its name. Returns null when the first card has no such choice.
     */
    List<PlacedCard> place(List<MapCard> cards, MapFrame frame, List<ShownNode> nodes, int attempt) {
        List<Rectangle2D> taken = new ArrayList<>(frame.reserved());
        List<PlacedCard> placed = new ArrayList<>();
        for (MapCard card : cards) {
            double[] size = painter.size(card, Math.max(80, frame.height() * MAX_HEIGHT));
            double[] tall = painter.size(card, Math.max(80, frame.height() * TALL_HEIGHT));
            List<Rectangle2D> all = new ArrayList<>(candidates(frame, size[0], size[1]));
            all.addAll(sides(frame, tall[0], tall[1]));
            List<Rectangle2D> free = new ArrayList<>();
            for (Rectangle2D candidate : all) {
                // a card never covers a core's or a secondary node's symbol: with no such place it is not shown
                // (the legend and the details stay in the map tools)
                if (candidate.getMinX() >= 0 && candidate.getMinY() >= 0 && candidate.getMaxX() <= frame.width()
                        && candidate.getMaxY() <= frame.height() && taken.stream().noneMatch(candidate::intersects)
                        && !hidesEssential(candidate, nodes)) {
                    free.add(candidate);
                }
            }
            // a stable sort: among equal costs the corners keep their order
            free.sort(Comparator.comparingDouble(candidate -> cost(candidate, nodes)));
            int choice = placed.isEmpty() && card == cards.get(0) ? attempt : 0;
            if (choice > 0 && choice >= free.size()) {
                return null;
            }
            if (choice < free.size()) {
                Rectangle2D best = free.get(choice);
                taken.add(best);
                placed.add(new PlacedCard(card, best, new Rectangle2D.Double(best.getMaxX() - CardPainter.CLOSE - 4,
                        best.getY() + 4, CardPainter.CLOSE, CardPainter.CLOSE)));
            }
        }
        return placed;
    }

    /** The corners, each just inside the furniture standing there. */
    private static List<Rectangle2D> candidates(MapFrame frame, double w, double h) {
        double top = MARGIN;
        for (Rectangle2D clear : frame.keepClear()) {
            if (clear.getMinX() < w + MARGIN && clear.getMinY() < MARGIN * 2) {
                top = Math.max(top, clear.getMaxY() + MARGIN / 2);
            }
        }
        double bottom = frame.height() - MARGIN;
        for (Rectangle2D r : frame.reserved()) {
            if (r.getMaxY() > frame.height() - 2 * MARGIN && r.getMinX() < w + MARGIN) {
                bottom = Math.min(bottom, r.getMinY() - MARGIN / 2);
            }
        }
        double rightTop = frame.northArrow().map(r -> r.getMaxY() + MARGIN / 2).orElse(MARGIN);
        double rightBottom = frame.height() - MARGIN;
        for (Rectangle2D r : frame.reserved()) {
            if (r.getMaxY() > frame.height() * 0.5 && r.getMaxX() > frame.width() - w - MARGIN) {
                rightBottom = Math.min(rightBottom, r.getMinY() - MARGIN / 2);
            }
        }
        double right = frame.width() - MARGIN - w;
        return List.of(new Rectangle2D.Double(MARGIN, bottom - h, w, h), new Rectangle2D.Double(MARGIN, top, w, h),
                new Rectangle2D.Double(right, rightTop, w, h), new Rectangle2D.Double(right, rightBottom - h, w, h));
    }

    /** The middle of the left and the right side. */
    private static List<Rectangle2D> sides(MapFrame frame, double w, double h) {
        double top = (frame.height() - h) / 2;
        return List.of(new Rectangle2D.Double(MARGIN, top, w, h),
                new Rectangle2D.Double(frame.width() - MARGIN - w, top, w, h));
    }

    private static boolean hidesEssential(Rectangle2D box, List<ShownNode> nodes) {
        return nodes.stream().anyMatch(node -> node.essential() && box.intersects(node.x() - node.extent(),
                node.y() - node.extent(), 2 * node.extent(), 2 * node.extent()));
    }

    private static double cost(Rectangle2D box, List<ShownNode> nodes) {
        double cost = 0;
        for (ShownNode node : nodes) {
            if (box.intersects(node.x() - node.extent(), node.y() - node.extent(), 2 * node.extent(), 2 * node.extent())) {
                cost += node.essential() ? ESSENTIAL : node.place().role() == PlaceRole.POLE ? POLE
                        : node.highlighted() ? HIGHLIGHTED : 1;
            } else if (node.essential() && box.intersects(node.x() - NAME_REACH, node.y() - NAME_REACH / 2,
                    2 * NAME_REACH, NAME_REACH)) {
                // the card would leave an essential node no room for its name beside it
                cost += ESSENTIAL / 4;
            }
        }
        return cost;
    }
}
