// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.panels;

import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.MapViewModel;

/** One check box per map layer, top of the map first, bound to the layers switched on. */
public final class LayerPanel extends VBox {

    public LayerPanel(MapViewModel model, Messages messages) {
        setSpacing(4);
        getStyleClass().add("layer-panel");
        MapLayerId[] layers = MapLayerId.values();
        for (int i = layers.length - 1; i >= 0; i--) {
            MapLayerId layer = layers[i];
            CheckBox box = new CheckBox(messages.of("layer", layer));
            box.setId("layer-" + layer.name());
            box.setSelected(model.layers().contains(layer));
            box.selectedProperty().addListener((o, a, on) -> model.setLayerVisible(layer, on));
            model.layers().addListener((SetChangeListener<MapLayerId>) c -> box.setSelected(model.layers().contains(layer)));
            getChildren().add(box);
        }
    }
}
