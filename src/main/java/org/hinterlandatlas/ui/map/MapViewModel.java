// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.render.OverlayScene;

/**
 * The state of the map that panels bind to: the layers switched on, the language, the selected and hovered
 * features, and where the pointer and the view are. It knows no controls.
 */
public final class MapViewModel {

    private final Atlas atlas;
    private final ObservableSet<MapLayerId> layers = FXCollections.observableSet(EnumSet.allOf(MapLayerId.class));
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.ZH);
    private final ObjectProperty<FeatureRef> selection = new SimpleObjectProperty<>(this, "selection");
    private final ObjectProperty<FeatureRef> hovered = new SimpleObjectProperty<>(this, "hovered");
    private final ObjectProperty<GeoPoint> pointer = new SimpleObjectProperty<>(this, "pointer");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport",
            new Viewport(4, 0, 0, 1, 1));

    public MapViewModel(Atlas atlas, Language language) {
        this.atlas = atlas;
        this.language.set(language);
    }

    public Atlas atlas() {
        return atlas;
    }

    public ObservableSet<MapLayerId> layers() {
        return layers;
    }

    public void setLayerVisible(MapLayerId layer, boolean visible) {
        if (visible) {
            layers.add(layer);
        } else {
            layers.remove(layer);
        }
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<FeatureRef> selectionProperty() {
        return selection;
    }

    public ObjectProperty<FeatureRef> hoveredProperty() {
        return hovered;
    }

    /** The pointer's position on the map, or null when it is not over the map. */
    public ObjectProperty<GeoPoint> pointerProperty() {
        return pointer;
    }

    /** Where the map shows the world now; set by the map after each paint. */
    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    /** What the overlay paints now. */
    public OverlayScene scene() {
        Set<FeatureRef> highlighted = Optional.ofNullable(selection.get()).map(Set::of).orElse(Set.of());
        return new OverlayScene(atlas.content(), atlas.baseMap(), layers, language.get(), highlighted);
    }
}
