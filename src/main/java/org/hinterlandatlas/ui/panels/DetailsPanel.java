// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.panels;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.ui.details.FeatureDetails;
import org.hinterlandatlas.ui.details.FeatureDetailsFactory;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.ui.WrappedText;

/** Shows the names, facts, description and sources of the selected feature. */
public final class DetailsPanel extends VBox {

    private final FeatureDetailsFactory factory;
    private final Messages messages;

    public DetailsPanel(MapViewModel model, FeatureDetailsFactory factory, Messages messages) {
        this.factory = factory;
        this.messages = messages;
        setId("details-panel");
        getStyleClass().add("details-panel");
        setSpacing(6);
        setPadding(new Insets(4, 0, 4, 0));
        model.selectionProperty().addListener((o, a, ref) -> show(ref));
        show(model.selectionProperty().get());
    }

    private void show(FeatureRef ref) {
        getChildren().clear();
        if (ref == null) {
            getChildren().add(wrapped(messages.get("details.empty"), "details-empty"));
            return;
        }
        factory.details(ref).ifPresent(this::showDetails);
    }

    private void showDetails(FeatureDetails details) {
        Label kind = new Label(details.kind());
        kind.getStyleClass().add("details-kind");
        Label title = wrapped(details.title(), "details-title");
        title.setId("details-title");
        Label subtitle = wrapped(details.subtitle(), "details-subtitle");
        getChildren().addAll(kind, title, subtitle);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        // the facts' column takes the panel's remaining width and wraps in it, rather than running past its edge
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints(0, 0, Double.MAX_VALUE);
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        for (FeatureDetails.Row fact : details.rows()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("details-label");
            grid.add(label, 0, row);
            grid.add(wrapped(fact.value(), "details-value"), 1, row++);
        }
        getChildren().add(grid);
        if (!details.description().isEmpty()) {
            getChildren().add(wrapped(details.description(), "details-description"));
        }
        if (!details.sources().isEmpty()) {
            Label heading = new Label(messages.get("details.sources"));
            heading.getStyleClass().add("details-label");
            getChildren().add(heading);
            int n = 1;
            for (String source : details.sources()) {
                getChildren().add(wrapped("[" + n++ + "] " + source, "details-source"));
            }
        }
    }

    private static Label wrapped(String text, String styleClass) {
        return WrappedText.label(text, styleClass);
    }
}
