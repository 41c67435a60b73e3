// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.ReferenceList;
import org.hinterlandatlas.model.Source;
import org.hinterlandatlas.words.Messages;

/** The sources tab: every source of the atlas as a numbered reference in GB/T 7714 style. */
public final class SourcesPanel extends ScrollPane {

    public SourcesPanel(ReferenceList references, Messages messages) {
        getStylesheets().add(SourcesPanel.class.getResource("/styles/story.css").toExternalForm());
        getStyleClass().add("story-scroll");
        setId("sources-panel");
        Cards parts = new Cards(messages, references);
        Label heading = new Label(messages.get("story.sources.heading"));
        heading.getStyleClass().add("story-section");
        VBox list = new VBox(4, heading, parts.text(messages.get("story.sources.note"), "story-hint"));
        for (Source source : references.sources()) {
            Label entry = parts.text(references.entry(source, messages.language()), "sources-entry");
            entry.setId("source-" + source.id());
            list.getChildren().add(entry);
        }
        list.setPadding(new Insets(6, 10, 12, 10));
        setContent(list);
        setFitToWidth(true);
    }
}
