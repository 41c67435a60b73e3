// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A label for a paragraph in a side panel: it wraps at the panel's width and is never cut short with an
 * ellipsis, however long the Chinese or the English is.
 */
public final class WrappedText {

    private WrappedText() {
    }

    public static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        // a box squeezed for height would otherwise shorten the text to "…"
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }
}
