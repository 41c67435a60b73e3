// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.MapViewModel;

/** The pointer's coordinates, the zoom and the scale of the map. */
public final class StatusBar extends HBox {

    private final Label position = new Label();
    private final Label zoom = new Label();
    private final Label scale = new Label();
    private final MapViewModel model;
    private final Messages messages;

    public StatusBar(MapViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("status-bar");
        position.setId("status-position");
        zoom.setId("status-zoom");
        scale.setId("status-scale");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        setSpacing(18);
        getChildren().addAll(position, spacer, zoom, scale);
        model.pointerProperty().addListener((o, a, b) -> update());
        model.viewportProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        GeoPoint pointer = model.pointerProperty().get();
        position.setText(pointer == null ? messages.get("status.noPosition")
                : messages.format("status.position", degrees(pointer.lon(), "E", "W"), degrees(pointer.lat(), "N", "S")));
        Viewport viewport = model.viewportProperty().get();
        zoom.setText(messages.format("status.zoom", String.format(Locale.ROOT, "%.1f", viewport.zoom())));
        scale.setText(messages.format("status.scale", distance(viewport.metresPerPixel())));
    }

    static String degrees(double value, String positive, String negative) {
        return String.format(Locale.ROOT, "%.3f°%s", Math.abs(value), value >= 0 ? positive : negative);
    }

    static String distance(double metres) {
        return metres >= 1000 ? String.format(Locale.ROOT, "%.2f km", metres / 1000)
                : String.format(Locale.ROOT, "%.0f m", metres);
    }
}
