// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.ui.WrappedText;

/**
 * The cards of the evidence panel: wrapped text blocks, and items that put the map in their state when
 * chosen and are marked while they are the revealed item.
 */
final class Cards {

    static final String REVEALED = "evidence-card-revealed";

    private final EvidenceViewModel model;
    private final MapViewModel map;
    private final List<VBox> items = new ArrayList<>();

    Cards(EvidenceViewModel model, MapViewModel map) {
        this.model = model;
        this.map = map;
        model.revealedProperty().addListener((obs, old, id) -> mark(id));
    }

    static Label text(String text, String styleClass) {
        return WrappedText.label(text, styleClass);
    }

    static VBox card(Node... children) {
        VBox card = new VBox(3, children);
        card.getStyleClass().add("evidence-card");
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    /** A card that shows {@code state} on the map when clicked, with the id of its state. */
    VBox item(MapState state, Node... children) {
        VBox card = card(children);
        card.setId(state.id());
        card.getStyleClass().add("evidence-item");
        card.setOnMouseClicked(e -> {
            model.revealedProperty().set(state.id());
            map.show(state, true);
        });
        items.add(card);
        if (state.id().equals(model.revealedProperty().get())) {
            card.getStyleClass().add(REVEALED);
        }
        return card;
    }

    private void mark(String id) {
        for (VBox card : items) {
            card.getStyleClass().remove(REVEALED);
            if (card.getId().equals(id)) {
                card.getStyleClass().add(REVEALED);
                // after the section's tab has been laid out, so that the card has its place
                Platform.runLater(() -> scrollTo(card));
            }
        }
    }

    /** Scrolls the card's section so that the card is at the top of the view, unless it is in view already. */
    private static void scrollTo(Node card) {
        Node parent = card.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
            Bounds inContent = scroll.getContent().sceneToLocal(card.localToScene(card.getBoundsInLocal()));
            double scrollable = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            double top = scroll.getVvalue() * Math.max(0, scrollable);
            boolean visible = inContent.getMinY() >= top
                    && inContent.getMaxY() <= top + scroll.getViewportBounds().getHeight();
            if (scrollable > 0 && !visible) {
                scroll.setVvalue(Math.min(1, Math.max(0, inContent.getMinY() / scrollable)));
            }
        }
    }
}
