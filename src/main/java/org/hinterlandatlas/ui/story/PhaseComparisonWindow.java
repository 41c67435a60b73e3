// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.model.PhaseComparison;
import org.hinterlandatlas.model.PhaseEnding;
import org.hinterlandatlas.render.DrawnFeatures;
import org.hinterlandatlas.render.ResolvedScene;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.tiles.TileService;
import org.hinterlandatlas.ui.ScreenFit;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.AtlasMapView;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.ui.WrappedText;

/**
 * Two phases side by side: two maps that pan and zoom together, and the list of what changes between them
 * as drawn — features newly shown, no longer shown (which says nothing of their ceasing to exist), changing
 * role, or, where the content says so with a source, ending.
 */
public final class PhaseComparisonWindow {

    /** How close two views must be to count as the same, so that linking them does not echo back and forth. */
    private static final double SAME_ZOOM = 1e-6;
    private static final double SAME_DEGREES = 1e-7;

    private final Stage stage = new Stage();
    private final MapViewModel left;
    private final MapViewModel right;
    private final AtlasMapView leftMap;
    private final AtlasMapView rightMap;
    private final ComboBox<Phase> from = new ComboBox<>();
    private final ComboBox<Phase> to = new ComboBox<>();
    private static final double WIDTH = 1300;
    private static final double HEIGHT = 720;
    private static final double LIST_WIDTH = 300;
    private final VBox changes = new VBox(3);
    private final Messages messages;
    private final AtlasContent content;
    private final EnumSet<MapLayerId> baseLayers = EnumSet.noneOf(MapLayerId.class);

    /**
     * @param main the main window's map model: its language, and its base layers (the tiles are shared)
     */
    public PhaseComparisonWindow(Window owner, MapViewModel main, MapPainter painter, TileService tiles,
                                 Messages messages, Phase first, Phase second) {
        this.messages = messages;
        this.content = main.atlas().content();
        main.layers().stream().filter(MapLayerId::isBase).forEach(baseLayers::add);
        left = new MapViewModel(main.atlas(), messages.language());
        right = new MapViewModel(main.atlas(), messages.language());
        leftMap = new AtlasMapView(left, painter, tiles, messages);
        rightMap = new AtlasMapView(right, painter, tiles, messages);
        leftMap.setId("compare-left");
        rightMap.setId("compare-right");
        link(left, rightMap);
        link(right, leftMap);
        // what is drawn depends on the zoom: the list follows the maps
        left.resolvedProperty().addListener((o, a, b) -> listChanges());
        right.resolvedProperty().addListener((o, a, b) -> listChanges());

        List<Phase> phases = content.story().phases();
        for (ComboBox<Phase> box : List.of(from, to)) {
            box.getItems().setAll(phases);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Phase phase) {
                    return phase == null ? "" : messages.format("story.compare.phase",
                            phase.title().get(messages.language()), phase.period().get(messages.language()));
                }

                @Override
                public Phase fromString(String text) {
                    throw new UnsupportedOperationException("the phases are chosen, not typed");
                }
            });
            box.valueProperty().addListener((o, a, b) -> compare());
        }
        from.setId("compare-from");
        to.setId("compare-to");

        HBox pickers = new HBox(8, new Label(messages.get("story.compare.from")), from,
                new Label(messages.get("story.compare.to")), to);
        pickers.setAlignment(Pos.CENTER_LEFT);
        pickers.setPadding(new Insets(8));
        HBox maps = new HBox(4, leftMap, rightMap);
        HBox.setHgrow(leftMap, Priority.ALWAYS);
        HBox.setHgrow(rightMap, Priority.ALWAYS);
        // the maps share what the list leaves; on a 1280 screen each is still some 440 px wide
        leftMap.setPrefWidth(480);
        rightMap.setPrefWidth(480);
        leftMap.setMinWidth(200);
        rightMap.setMinWidth(200);
        Label heading = WrappedText.label(messages.get("story.compare.changes"), "story-section");
        changes.setId("compare-changes");
        ScrollPane list = new ScrollPane(new VBox(4, heading, changes));
        list.setFitToWidth(true);
        list.setPrefWidth(LIST_WIDTH);
        list.setMinWidth(LIST_WIDTH);
        list.setPadding(new Insets(6));
        Button close = new Button(messages.get("story.compare.close"));
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(6, 8, 8, 8));

        BorderPane root = new BorderPane(maps, pickers, list, bottom, null);
        root.getStylesheets().add(PhaseComparisonWindow.class.getResource("/styles/story.css").toExternalForm());
        if (owner.getScene() != null) {
            root.getStylesheets().addAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.initOwner(owner);
        stage.setTitle(messages.get("story.compare.title"));
        double[] size = ScreenFit.size(owner, WIDTH, HEIGHT);
        stage.setScene(new Scene(root, size[0], size[1]));
        from.setValue(first);
        to.setValue(second);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /**
     * When {@code source} moves, the other map follows — unless it is already there, which ends the echo:
     * the follower's move is reported back, finds the source where it is, and stops.
     */
    private static void link(MapViewModel source, AtlasMapView follower) {
        ChangeListener<Viewport> follow = (o, a, v) -> {
            Viewport now = follower.viewport();
            boolean same = Math.abs(now.zoom() - v.zoom()) < SAME_ZOOM
                    && Math.abs(now.centerLon() - v.centerLon()) < SAME_DEGREES
                    && Math.abs(now.centerLat() - v.centerLat()) < SAME_DEGREES;
            if (!same && now.width() > 1) {
                // the source reports its view while the scene is being laid out: move the other map after
                // that pass, or its request for a new layout is lost
                Platform.runLater(() -> follower.restore(v));
            }
        };
        source.viewportProperty().addListener(follow);
    }

    private void compare() {
        Phase a = from.getValue();
        Phase b = to.getValue();
        if (a == null || b == null) {
            return;
        }
        MapState area = union(a.state(), b.state());
        left.show(onBase(a.state(), area), false);
        right.show(onBase(b.state(), area), false);
        listChanges();
    }

    /**
     * Lists what changes between the two maps as they are drawn now: only what a reader can find on them,
     * so the list waits until both maps are laid out.
     */
    private void listChanges() {
        Phase a = from.getValue();
        Phase b = to.getValue();
        Viewport first = leftMap.viewport();
        Viewport second = rightMap.viewport();
        changes.getChildren().clear();
        if (a == null || b == null || first.width() <= 1 || second.width() <= 1) {
            return;
        }
        ResolvedScene firstDrawn = left.resolvedProperty().get();
        ResolvedScene secondDrawn = right.resolvedProperty().get();
        if (firstDrawn == null || secondDrawn == null) {
            return;
        }
        List<PhaseComparison.Change> list = PhaseComparison.between(content.story().phases(), a, b,
                ref -> DrawnFeatures.drawn(firstDrawn, ref), ref -> DrawnFeatures.drawn(secondDrawn, ref));
        if (list.isEmpty()) {
            changes.getChildren().add(line(messages.get("story.compare.none"), "story-change"));
        } else if (list.stream().anyMatch(c -> c.kind() == PhaseComparison.Kind.NO_LONGER_SHOWN)) {
            changes.getChildren().add(line(messages.get("story.compare.noLongerShown.note"), "story-hint"));
        }
        for (PhaseComparison.Change change : list) {
            String name = content.nameOf(change.ref()).map(this::text).orElse(change.ref().id());
            changes.getChildren().add(switch (change.kind()) {
                case APPEARS -> line(messages.format("story.compare.appears", name, text(change.after())),
                        "story-change-appears");
                case NO_LONGER_SHOWN -> line(messages.format("story.compare.noLongerShown", name,
                        text(change.before())), "story-change-disappears");
                case CHANGES -> line(messages.format("story.compare.changed", name, text(change.before()),
                        text(change.after())), "story-change-changes");
                case ENDS -> line(messages.format("story.compare.ends", name, text(change.before()),
                        source(change.ending())), "story-change-disappears");
            });
        }
    }

    /** The full reference of the first source that says a feature ended. */
    private String source(PhaseEnding ending) {
        return content.source(ending.citations().get(0).sourceId()).map(s -> text(s.reference()))
                .orElse(ending.citations().get(0).sourceId());
    }

    private String text(Bilingual bilingual) {
        return bilingual.get(messages.language());
    }

    private static Label line(String text, String style) {
        return WrappedText.label(text, "story-change", style);
    }

    /** A phase's layers and highlights over the shared area, with the main window's base layers. */
    private MapState onBase(MapState phase, MapState area) {
        Set<MapLayerId> layers = EnumSet.copyOf(baseLayers);
        phase.layers().stream().filter(l -> !l.isBase()).forEach(layers::add);
        return new MapState(phase.id(), phase.title(), area.southWest(), area.northEast(), layers, phase.highlighted());
    }

    /** The smallest area showing both states' areas, so that the linked maps can show both phases whole. */
    private static MapState union(MapState a, MapState b) {
        GeoPoint southWest = new GeoPoint(Math.min(a.southWest().lon(), b.southWest().lon()),
                Math.min(a.southWest().lat(), b.southWest().lat()));
        GeoPoint northEast = new GeoPoint(Math.max(a.northEast().lon(), b.northEast().lon()),
                Math.max(a.northEast().lat(), b.northEast().lat()));
        return new MapState("compare", a.title(), southWest, northEast, a.layers(), a.highlighted());
    }
}
