// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.ink;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.ui.map.AtlasMapView;
import org.hinterlandatlas.words.Messages;

/**
 * Drawing on the map: while {@link #onProperty()} is true, the ink surface takes the pointer and the tool bar
 * shows at the foot of the map; Ctrl+Z and Ctrl+Shift+Z undo and redo the ink. The ink stays on the map when
 * the mode is left. D (typed outside a text field) switches the mode.
 */
public final class InkMode {

    private final InkViewModel ink = new InkViewModel();
    private final BooleanProperty on = new SimpleBooleanProperty(this, "inkMode", false);
    private final AtlasMapView map;

    public InkMode(AtlasMapView map, Messages messages) {
        InkSurface surface = new InkSurface(map, ink, messages.get("ink.text.prompt"));
        surface.visibleProperty().bind(on);
        this.map = map;
        map.showInk(this::onMap, surface);
        map.labelsHiddenProperty().addListener((o, was, hidden) -> map.repaintInk());
        // the bar of tools is made when the mode is first turned on, not with the window (decision 0091)
        on.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    on.removeListener(this);
                    showToolBar(messages);
                }
            }
        });
        ink.addListener(map::repaintInk);
        map.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                installKeys(scene);
            }
        });
    }

    private void showToolBar(Messages messages) {
        InkToolBar bar = new InkToolBar(ink, messages, () -> on.set(false));
        bar.visibleProperty().bind(on);
        // at the bottom, clear of the caption (large in presentation) and the north arrow, above the credits
        map.addMapControl(bar, Pos.BOTTOM_CENTER, new Insets(0, 0, 48, 0));
    }

    /**
     * What the map draws of the ink: all of it, but nothing while a quiz hides the map's names, as the ink's
     * words and arrows could give an answer away.
     */
    public List<Annotation> onMap() {
        return map.labelsHiddenProperty().get() ? List.of() : ink.shown();
    }

    /** The ink on the map: a lesson step loads and keeps its annotations here. */
    public InkViewModel ink() {
        return ink;
    }

    /** Whether ink mode is on; View ▸ Draw on the map. */
    public BooleanProperty onProperty() {
        return on;
    }

    private void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focused = scene.getFocusOwner();
            if (focused instanceof TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.D && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                on.set(!on.get());
                e.consume();
            } else if (on.get() && e.getCode() == KeyCode.Z && e.isShortcutDown()) {
                if (e.isShiftDown()) {
                    ink.redo();
                } else {
                    ink.undo();
                }
                e.consume();
            } else if (on.get() && e.getCode() == KeyCode.ESCAPE) {
                on.set(false);
                e.consume();
            }
        });
    }
}
