// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.ReferenceList;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.WrappedText;

/** The pieces the narrative panels are built of: wrapped texts, quotations, citations, cards. */
final class Cards {

    private final Messages messages;
    private final ReferenceList references;

    Cards(Messages messages, ReferenceList references) {
        this.messages = messages;
        this.references = references;
    }

    Label text(String text, String styleClass) {
        return WrappedText.label(text, styleClass);
    }

    Label text(Bilingual text, String styleClass) {
        return text(text.get(messages.language()), styleClass);
    }

    /**
     * A quotation of the paper: in Chinese as printed; in English the rendering, with the original below it,
     * since the Chinese words are what the paper says.
     */
    VBox quote(Bilingual quote) {
        VBox box = new VBox(2, text(messages.format("story.quote", nested(quote.get(messages.language()))),
                "story-quote"));
        if (messages.language() == Language.EN) {
            box.getChildren().add(text(quote.zh(), "story-quote-en"));
        }
        return box;
    }

    /**
     * Curly double quotation marks inside a quotation become single ones, as both languages nest them, so that
     * a passage beginning with a quoted term does not open with two marks. Straight quotes are left alone: the
     * English renderings use them inside, and they do not double the curly outer marks.
     */
    static String nested(String text) {
        return text.replace('“', '‘').replace('”', '’');
    }

    Label cite(List<Citation> citations) {
        return text(messages.format("story.cite", references.cite(citations)), "story-cite");
    }

    static VBox card(String id, Node... children) {
        VBox card = new VBox(4, children);
        card.setId(id);
        card.getStyleClass().add("story-card");
        return card;
    }

    /** Scrolls so that {@code node}, somewhere inside the scroll pane's content, is in view near the top. */
    static void scrollTo(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null) {
            return;
        }
        if (node.getScene() == null || scroll.getViewportBounds().getHeight() <= 0) {
            // not laid out yet (a window being shown, its scroll pane without a skin): try again once it is
            scroll.viewportBoundsProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Bounds> value, Bounds before, Bounds after) {
                    scroll.viewportBoundsProperty().removeListener(this);
                    Platform.runLater(() -> scrollTo(scroll, node));
                }
            });
            return;
        }
        // the pinned timeline may just have appeared above the scroll pane: lay out before measuring
        Parent root = node.getScene().getRoot();
        root.applyCss();
        root.layout();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double free = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (free > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 8) / free)));
        }
    }
}
