// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.search;

import java.util.Comparator;
import java.util.List;
import javafx.collections.SetChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.MapViewModel;

/**
 * What the map shows now, as a list: every place, historic site, corridor and area drawn in the view, for
 * the keyboard and for a screen reader, which cannot read a picture. Selecting one selects it on the map,
 * so its details show, as a click on it would.
 */
public final class OnMapList extends ListView<PlaceMatch> {

    private final PlaceIndex index;
    private final MapViewModel model;
    private final Messages messages;

    public OnMapList(PlaceIndex index, MapViewModel model, Messages messages) {
        this.index = index;
        this.model = model;
        this.messages = messages;
        setId("on-map-list");
        setPrefHeight(220);
        setAccessibleText(messages.get("onMap.accessible"));
        setPlaceholder(new javafx.scene.control.Label(messages.get("onMap.empty")));
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PlaceMatch match, boolean empty) {
                super.updateItem(match, empty);
                setText(empty || match == null ? null : describe(match));
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                chosen.feature().ifPresent(ref -> model.selectionProperty().set(ref));
            }
        });
        model.viewportProperty().addListener((o, old, viewport) -> followView());
        model.layers().addListener((SetChangeListener<MapLayerId>) change -> followView());
        followView();
    }

    private String describe(PlaceMatch match) {
        Language other = messages.language() == Language.ZH ? Language.EN : Language.ZH;
        return match.name().get(messages.language()) + "  " + match.name().get(other) + " · "
                + messages.of("search.kind", match.kind());
    }

    /** The list follows the view; it is replaced only when what is in view changed, so the focus stays put. */
    private void followView() {
        Viewport viewport = model.viewportProperty().get();
        if (viewport == null) {
            return;
        }
        List<PlaceMatch> shown = index.features().stream().filter(match -> drawn(match, viewport))
                .sorted(Comparator.comparing(PlaceMatch::kind)
                        .thenComparing(match -> match.name().get(messages.language())))
                .toList();
        if (!shown.equals(getItems())) {
            getItems().setAll(shown);
        }
    }

    private boolean drawn(PlaceMatch match, Viewport viewport) {
        if (!model.layers().contains(match.layer()) || !match.layer().shownAt(viewport.zoom())) {
            return false;
        }
        double west = WebMercator.lon(viewport.worldX(0));
        double east = WebMercator.lon(viewport.worldX(viewport.width()));
        double north = WebMercator.lat(viewport.worldY(0));
        double south = WebMercator.lat(viewport.worldY(viewport.height()));
        boolean point = match.kind() == PlaceMatch.Kind.PLACE || match.kind() == PlaceMatch.Kind.HISTORIC_SITE;
        GeoPoint sw = match.southWest();
        GeoPoint ne = match.northEast();
        if (point) {
            double lon = (sw.lon() + ne.lon()) / 2;
            double lat = (sw.lat() + ne.lat()) / 2;
            return lon >= west && lon <= east && lat >= south && lat <= north;
        }
        return sw.lon() <= east && ne.lon() >= west && sw.lat() <= north && ne.lat() >= south;
    }
}
