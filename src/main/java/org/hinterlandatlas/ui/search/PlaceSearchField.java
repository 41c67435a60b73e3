// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.search;

import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.MapViewModel;

/**
 * Find a place: a text field whose suggestions (ControlsFX's auto-completion) are every name of the index
 * in Chinese, English or pinyin. Choosing one flies the map there and selects it, so its details show;
 * Enter takes the best match, Esc gives the keyboard back to the map.
 */
public final class PlaceSearchField extends TextField {

    private static final int SUGGESTIONS = 12;
    private static final double WIDTH = 260;
    private static final double POPUP_WIDTH = 480;

    private final PlaceIndex index;
    private final MapViewModel model;
    private final Node map;

    public PlaceSearchField(PlaceIndex index, MapViewModel model, Node map, Messages messages) {
        this.index = index;
        this.model = model;
        this.map = map;
        setId("place-search");
        getStyleClass().add("place-search");
        setPromptText(messages.get("search.prompt"));
        setTooltip(new Tooltip(messages.get("search.tooltip")));
        setAccessibleRole(AccessibleRole.TEXT_FIELD);
        setAccessibleText(messages.get("search.accessible"));
        setPrefWidth(WIDTH);
        AutoCompletionBinding<PlaceMatch> binding = TextFields.bindAutoCompletion(this,
                request -> index.find(request.getUserText(), SUGGESTIONS), new Words(messages));
        binding.setVisibleRowCount(SUGGESTIONS);
        // both names and the kind are wider than the field
        binding.setPrefWidth(POPUP_WIDTH);
        binding.setOnAutoCompleted(event -> choose(event.getCompletion()));
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                map.requestFocus();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                List<PlaceMatch> best = index.find(getText(), 1);
                if (!best.isEmpty()) {
                    choose(best.get(0));
                }
                event.consume();
            }
        });
    }

    /** Shortcut+F: the field takes the keyboard with its text selected, ready to be typed over. */
    public void focusForTyping() {
        requestFocus();
        selectAll();
    }

    /** Flies to the match and selects it; the map then has the keyboard, to pan and zoom on. */
    public void choose(PlaceMatch match) {
        MapState state = match.state(model.layers());
        model.show(state, true);
        match.feature().ifPresent(ref -> model.selectionProperty().set(ref));
        map.requestFocus();
    }

    /** A suggestion as the list shows it: both names and what it is. */
    private final class Words extends StringConverter<PlaceMatch> {

        private final Messages messages;

        Words(Messages messages) {
            this.messages = messages;
        }

        @Override
        public String toString(PlaceMatch match) {
            if (match == null) {
                return "";
            }
            String first = match.name().get(messages.language());
            String second = match.name().get(messages.language() == Language.ZH ? Language.EN : Language.ZH);
            return first + "  " + second + " · " + messages.of("search.kind", match.kind());
        }

        @Override
        public PlaceMatch fromString(String text) {
            List<PlaceMatch> best = index.find(text, 1);
            return best.isEmpty() ? null : best.get(0);
        }
    }
}
