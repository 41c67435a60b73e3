// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.OverlayScene;
import org.hinterlandatlas.render.ResolvedScene;
import org.hinterlandatlas.words.Messages;

/**
 * The state of the map that panels bind to: the layers switched on, the language, the selected, hovered
 * and highlighted features, the title of what is shown, and where the pointer and the view are. Panels put
 * the map in a state with {@link #show}; the map control flies there. It knows no controls.
 */
public final class MapViewModel {

    private final Atlas atlas;
    private final ObservableSet<MapLayerId> layers = FXCollections.observableSet(EnumSet.copyOf(MapLayerId.defaults()));
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.ZH);
    private final ObjectProperty<FeatureRef> selection = new SimpleObjectProperty<>(this, "selection");
    private final ObjectProperty<FeatureRef> hovered = new SimpleObjectProperty<>(this, "hovered");
    private final ObservableSet<FeatureRef> highlighted = FXCollections.observableSet(new HashSet<>());
    private final ObjectProperty<MapState> shown = new SimpleObjectProperty<>(this, "shown");
    private final List<Consumer<Request>> requestHandlers = new ArrayList<>();
    private final ObjectProperty<GeoPoint> pointer = new SimpleObjectProperty<>(this, "pointer");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport",
            new Viewport(4, 0, 0, 1, 1));
    private final ObjectProperty<ResolvedScene> resolved = new SimpleObjectProperty<>(this, "resolved");

    /** A request to move the map to a state's area, at once or in a flight. */
    public record Request(MapState state, boolean animated) {
    }

    public MapViewModel(Atlas atlas, Language language) {
        this.atlas = atlas;
        this.language.set(language);
    }

    /**
     * A model in another language that continues where {@code previous} left off: same layers, selection,
     * highlights and shown state. The window is rebuilt in the new language around it.
     */
    public static MapViewModel continuing(MapViewModel previous, Language language) {
        MapViewModel next = new MapViewModel(previous.atlas, language);
        next.layers.retainAll(previous.layers);
        next.layers.addAll(previous.layers);
        next.highlighted.addAll(previous.highlighted);
        next.selection.set(previous.selection.get());
        next.shown.set(previous.shown.get());
        next.viewport.set(previous.viewport.get());
        return next;
    }

    /**
     * Puts the map in a state: its layers and highlights now, its area through the map control, which flies
     * there when {@code animated}. The selection is cleared, so that the state's own highlights speak.
     */
    public void show(MapState state, boolean animated) {
        layers.retainAll(state.layers());
        layers.addAll(state.layers());
        highlighted.retainAll(state.highlighted());
        highlighted.addAll(state.highlighted());
        selection.set(null);
        shown.set(state);
        Request request = new Request(state, animated);
        requestHandlers.forEach(handler -> handler.accept(request));
    }

    /** Called by the map control, which moves the map when a panel asks for a state. */
    public void onRequest(Consumer<Request> handler) {
        requestHandlers.add(handler);
    }

    /** The features a story step or a piece of evidence highlights, besides the selection. */
    public ObservableSet<FeatureRef> highlighted() {
        return highlighted;
    }

    /** The state last asked for with {@link #show}; the map may since have been panned or zoomed. */
    public ObjectProperty<MapState> shownProperty() {
        return shown;
    }

    /** The title of what the map shows: the last state's title, or the atlas's name before any. */
    public Bilingual title() {
        MapState last = shown.get();
        return last == null
                ? new Bilingual(Messages.of(Language.ZH).get("app.title"), Messages.of(Language.EN).get("app.title"))
                : last.title();
    }

    /**
     * The map as it is now, as a state: the area in view (after any panning and zooming), the layers on,
     * and the highlighted and selected features; for figures and for returning to this view later.
     */
    public MapState currentState() {
        Viewport v = viewport.get();
        GeoPoint southWest = new GeoPoint(WebMercator.lon(v.worldX(0)), WebMercator.lat(v.worldY(v.height())));
        GeoPoint northEast = new GeoPoint(WebMercator.lon(v.worldX(v.width())), WebMercator.lat(v.worldY(0)));
        MapState last = shown.get();
        return new MapState(last == null ? "custom" : last.id(), title(), southWest, northEast, layers,
                scene().highlighted());
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

    /** The overlay as last painted: what is drawn where, for the legend and the details card; null before. */
    public ObjectProperty<ResolvedScene> resolvedProperty() {
        return resolved;
    }

    /** What the overlay paints now. */
    public OverlayScene scene() {
        Set<FeatureRef> all = new HashSet<>(highlighted);
        // a clicked flow is not highlighted: a flow highlight chooses which flows are drawn, and a click on one
        // of all the flows must not hide the others
        if (selection.get() != null && selection.get().kind() != FeatureRef.Kind.FLOW) {
            all.add(selection.get());
        }
        return new OverlayScene(atlas.content(), atlas.baseMap(), layers, language.get(), all);
    }
}
