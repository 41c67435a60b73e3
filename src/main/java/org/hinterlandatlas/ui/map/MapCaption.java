// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;

/**
 * The title of what the map shows — the view, phase, event or piece of evidence last put on it — in the
 * map's top-left corner, so that a class following a projected map with the panels hidden still reads
 * which step it is at.
 */
final class MapCaption extends Label {

    private static final double MARGIN = 12;
    private static final double MAX_WIDTH = 420;
    /** In presentation the caption may take this share of the map's width before it wraps. */
    private static final double PRESENTING_WIDTH_SHARE = 0.6;
    /** The type size as a share of the map's height; 0 for the style sheet's size. */
    private double scale;

    MapCaption(MapViewModel model, Language language) {
        getStyleClass().add("map-caption");
        setId("map-caption");
        setMouseTransparent(true);
        setWrapText(true);
        // as large as its text, up to a width it then wraps at; the stack pane would otherwise stretch it
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_LEFT);
        StackPane.setMargin(this, new Insets(MARGIN));
        textProperty().bind(Bindings.createStringBinding(() -> {
            MapState shown = model.shownProperty().get();
            return shown == null ? "" : shown.title().get(language);
        }, model.shownProperty()));
        visibleProperty().bind(textProperty().isNotEmpty());
    }

    @Override
    protected double computePrefWidth(double height) {
        double widest = scale > 0 && getParent() instanceof Region map ? map.getWidth() * PRESENTING_WIDTH_SHARE
                : MAX_WIDTH;
        return Math.min(super.computePrefWidth(height), widest);
    }

    /** Sets the type in proportion to the map's height (as from the back of a classroom), or back to normal. */
    void scale(double shareOfHeight, double mapHeight) {
        scale = shareOfHeight;
        setStyle(shareOfHeight > 0
                ? String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", shareOfHeight * mapHeight) : "");
    }

    /** Where the caption covers the map, for the labels to keep clear of; empty when it shows nothing. */
    Optional<Rectangle2D> area() {
        if (!isVisible()) {
            return Optional.empty();
        }
        Bounds b = getBoundsInParent();
        return Optional.of(new Rectangle2D.Double(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
    }
}
