// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.util.List;
import java.util.Optional;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.MapLayerId;

/**
 * A scene resolved for one viewport and frame: which layers and places are drawn, where each symbol stands
 * and where each label was placed. The painter draws it, the hit tester answers clicks from it and the legend
 * lists it, so that what can be clicked and what the legend names is exactly what is drawn.
 */
public final class ResolvedScene {

    private final OverlayScene scene;
    private final Viewport viewport;
    private final MapFrame frame;
    private final List<ShownNode> nodes;
    private final boolean circleDetail;
    private final List<PlacedLabel> labels;
    private final List<PlacedCard> cards;

    ResolvedScene(OverlayScene scene, Viewport viewport, MapFrame frame, List<ShownNode> nodes, boolean circleDetail,
                  List<PlacedLabel> labels, List<PlacedCard> cards) {
        this.scene = scene;
        this.viewport = viewport;
        this.frame = frame;
        this.nodes = List.copyOf(nodes);
        this.circleDetail = circleDetail;
        this.labels = List.copyOf(labels);
        this.cards = List.copyOf(cards);
    }

    /**
     * The same scene with no label at all: a blank map for a worksheet or a quiz, where naming the places
     * is the student's task.
     */
    public ResolvedScene withoutLabels() {
        return new ResolvedScene(scene, viewport, frame, nodes, circleDetail, List.of(), cards);
    }

    /** The cards on the map (legend, details), where they were put. */
    public List<PlacedCard> cards() {
        return cards;
    }

    /** The card whose close box is at (x, y), if any. */
    public Optional<PlacedCard> closeBoxAt(double x, double y) {
        return cards.stream().filter(c -> c.closeBox().contains(x, y)).findFirst();
    }

    /** Whether (x, y) falls on a card, where a click belongs to the card and not to the map below. */
    public boolean onCard(double x, double y) {
        return cards.stream().anyMatch(c -> c.box().contains(x, y));
    }

    public OverlayScene scene() {
        return scene;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** The frame as resolved: the furniture, and the areas kept clear, the cards among them. */
    public MapFrame frame() {
        return frame;
    }

    /** The places drawn, lesser tiers first (the order they are painted in, so cores lie on top). */
    public List<ShownNode> nodes() {
        return nodes;
    }

    /** Whether the layer is switched on and drawn at this zoom. */
    public boolean shows(MapLayerId layer) {
        return scene.shows(layer, viewport.zoom());
    }

    /** Whether the circle shows its tint and the hatching of its partly included units at this zoom. */
    public boolean circleDetail() {
        return circleDetail;
    }

    /** Every label placed, in the order it was placed (by priority). */
    public List<PlacedLabel> labels() {
        return labels;
    }

    public Optional<PlacedLabel> label(String key) {
        return labels.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    public Optional<ShownNode> node(String placeId) {
        return nodes.stream().filter(n -> n.place().id().equals(placeId)).findFirst();
    }
}
