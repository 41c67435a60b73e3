// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.panels;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.NamedView;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.AtlasMapView;
import org.hinterlandatlas.ui.map.MapViewModel;

/** A button per named view, and zoom buttons. */
public final class ViewsPanel extends FlowPane {

    public ViewsPanel(MapViewModel model, AtlasMapView map, Messages messages) {
        setHgap(6);
        setVgap(6);
        for (NamedView view : model.atlas().content().views()) {
            Button button = new Button(view.name().get(messages.language()));
            button.setId("view-" + view.id());
            button.setOnAction(e -> model.show(MapState.of(view), true));
            getChildren().add(button);
        }
        Button zoomIn = new Button("+");
        zoomIn.setId("zoom-in");
        zoomIn.setTooltip(new Tooltip(messages.get("map.zoomIn")));
        zoomIn.setOnAction(e -> map.zoomBy(1));
        Button zoomOut = new Button("−");
        zoomOut.setId("zoom-out");
        zoomOut.setTooltip(new Tooltip(messages.get("map.zoomOut")));
        zoomOut.setOnAction(e -> map.zoomBy(-1));
        getChildren().addAll(zoomIn, zoomOut);
    }
}
