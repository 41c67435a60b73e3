// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.panels;

import java.util.List;
import javafx.collections.SetChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.render.Legend;
import org.hinterlandatlas.render.LegendEntry;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.jfree.fx.FXGraphics2D;

/**
 * The legend of what the map draws now, painted with the map's own symbols; it changes with the layers
 * switched on and with the zoom.
 */
public final class LegendPanel extends StackPane {

    private final Canvas canvas = new Canvas(280, 10);
    private final MapViewModel model;
    private final LegendPainter painter;
    private final Messages messages;
    private List<LegendEntry> shown = List.of();

    public LegendPanel(MapViewModel model, LegendPainter painter, Messages messages) {
        this.model = model;
        this.painter = painter;
        this.messages = messages;
        setId("legend-panel");
        getChildren().add(canvas);
        model.layers().addListener((SetChangeListener<MapLayerId>) c -> refresh());
        model.resolvedProperty().addListener((o, a, b) -> refresh());
        model.languageProperty().addListener((o, a, b) -> refresh());
        widthProperty().addListener((o, a, width) -> {
            canvas.setWidth(Math.max(200, width.doubleValue()));
            repaint();
        });
        refresh();
    }

    /** The entries currently drawn, for tests and for figure exports. */
    public List<LegendEntry> entries() {
        return shown;
    }

    private void refresh() {
        if (model.resolvedProperty().get() == null) {
            return;
        }
        List<LegendEntry> entries = Legend.entries(model.resolvedProperty().get());
        if (entries.equals(shown) && canvas.getHeight() > 10) {
            return;
        }
        shown = entries;
        repaint();
    }

    private void repaint() {
        double width = canvas.getWidth() - 4;
        canvas.setHeight(painter.height(shown, messages::get, width) + 4);
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        painter.paint(new FXGraphics2D(canvas.getGraphicsContext2D()), shown, messages::get, 2, 2, width);
    }
}
