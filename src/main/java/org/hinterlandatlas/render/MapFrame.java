// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.geo.Viewport;

/**
 * The frame of a map: where, on a map of a given size, the furniture stands — the scale bar in the bottom
 * left corner, the north arrow in the top right, the South China Sea inset (when the view needs it) in the
 * bottom right — and the other areas over the map that labels keep clear of (the caption, the credits, a
 * card, a choropleth's scale). The screen, the figures and the choropleth all lay their maps out here, so a
 * figure and the screen put the same things in the same places.
 */
public final class MapFrame {

    /** Free space between the map's edge and the furniture, in CSS pixels. */
    public static final double MARGIN = 12;
    private static final double SCALE_BAR_WIDTH = 200;
    private static final double SCALE_BAR_HEIGHT = 30;
    private static final double NORTH_WIDTH = 28;
    private static final double NORTH_HEIGHT = 60;
    private static final double INSET_WIDTH = 130;
    private static final double INSET_HEIGHT = 170;
    /** The largest share of the map's smaller side the inset may take: on a small map it shrinks with it. */
    private static final double INSET_SHARE = 0.3;

    /** The furniture a map may carry. */
    public enum Part {
        SCALE_BAR, NORTH_ARROW
    }

    private final double width;
    private final double height;
    private final Set<Part> parts;
    private final boolean inset;
    private final List<Rectangle2D> keepClear;
    private final Rectangle2D bottomStrip;
    private final Rectangle2D bottomLeft;

    private MapFrame(double width, double height, Set<Part> parts, boolean inset, List<Rectangle2D> keepClear,
                     Rectangle2D bottomStrip, Rectangle2D bottomLeft) {
        this.width = width;
        this.height = height;
        this.parts = parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts);
        this.inset = inset;
        this.keepClear = List.copyOf(keepClear);
        this.bottomStrip = bottomStrip;
        this.bottomLeft = bottomLeft;
    }

    /** The frame of a map showing {@code viewport}, with the given parts; the inset when the view needs it. */
    public static MapFrame of(Viewport viewport, Set<Part> parts) {
        return new MapFrame(viewport.width(), viewport.height(), parts, SouthChinaSeaInset.neededFor(viewport),
                List.of(), null, null);
    }

    /** The same frame with another area labels keep clear of (a caption, a card). */
    public MapFrame keepingClear(Rectangle2D area) {
        List<Rectangle2D> more = new ArrayList<>(keepClear);
        more.add(area);
        return new MapFrame(width, height, parts, inset, more, bottomStrip, bottomLeft);
    }

    /**
     * The same frame with a strip along the bottom taken by something drawn over the map (the credits on
     * screen): labels keep clear of it, the scale bar stands in it and the inset above it.
     */
    public MapFrame withBottomStrip(double stripHeight) {
        return new MapFrame(width, height, parts, inset, keepClear,
                new Rectangle2D.Double(0, height - stripHeight, width, stripHeight), bottomLeft);
    }

    /** The same frame with a box in the bottom left corner (a choropleth's scale); the scale bar goes above. */
    public MapFrame withBottomLeft(double boxWidth, double boxHeight) {
        return new MapFrame(width, height, parts, inset, keepClear, bottomStrip,
                new Rectangle2D.Double(MARGIN / 3, height - MARGIN / 3 - boxHeight, boxWidth, boxHeight));
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Optional<Rectangle2D> scaleBar() {
        if (!parts.contains(Part.SCALE_BAR)) {
            return Optional.empty();
        }
        double bottom = bottomLeft != null ? bottomLeft.getY() - MARGIN / 3 : height - MARGIN;
        return Optional.of(new Rectangle2D.Double(MARGIN, bottom - SCALE_BAR_HEIGHT, SCALE_BAR_WIDTH,
                SCALE_BAR_HEIGHT));
    }

    public Optional<Rectangle2D> northArrow() {
        return parts.contains(Part.NORTH_ARROW)
                ? Optional.of(new Rectangle2D.Double(width - MARGIN - NORTH_WIDTH, MARGIN, NORTH_WIDTH, NORTH_HEIGHT))
                : Optional.empty();
    }

    /** The South China Sea inset's box, when the view needs one. */
    public Optional<Rectangle2D> inset() {
        if (!inset) {
            return Optional.empty();
        }
        double insetWidth = Math.min(INSET_WIDTH, Math.min(width, height * INSET_WIDTH / INSET_HEIGHT) * INSET_SHARE);
        double insetHeight = insetWidth * INSET_HEIGHT / INSET_WIDTH;
        double bottom = bottomStrip == null ? height - MARGIN : bottomStrip.getY() - MARGIN / 3;
        return Optional.of(new Rectangle2D.Double(width - MARGIN - insetWidth, bottom - insetHeight, insetWidth,
                insetHeight));
    }

    /** The box in the bottom left corner, when there is one. */
    public Optional<Rectangle2D> bottomLeft() {
        return Optional.ofNullable(bottomLeft);
    }

    /** Where the scale bar's left end and baseline go. */
    double scaleBarX(Rectangle2D box) {
        return box.getX() + 6;
    }

    double scaleBarY(Rectangle2D box) {
        return box.getMaxY() - 8;
    }

    /** Everything over the map that labels keep clear of. */
    public List<Rectangle2D> reserved() {
        List<Rectangle2D> reserved = new ArrayList<>(keepClear);
        scaleBar().ifPresent(reserved::add);
        northArrow().ifPresent(reserved::add);
        inset().ifPresent(reserved::add);
        bottomLeft().ifPresent(reserved::add);
        if (bottomStrip != null) {
            reserved.add(bottomStrip);
        }
        return reserved;
    }

    /** The areas labels keep clear of that are not furniture: the caption, cards. */
    public List<Rectangle2D> keepClear() {
        return keepClear;
    }
}
