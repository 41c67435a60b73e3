// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.ink;

import javafx.scene.Cursor;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.ui.map.AtlasMapView;

/**
 * The sheet over the map that takes the pointer while ink mode is on: a press, drag and release of the mouse
 * or a tablet's pen (JavaFX reports both as mouse events) draw with the chosen tool, so the map under it does
 * not pan. The wheel still zooms; the ink follows the map.
 */
final class InkSurface extends Pane {

    private final AtlasMapView map;
    private final InkViewModel ink;
    private TextField writing;

    InkSurface(AtlasMapView map, InkViewModel ink, String textPrompt) {
        this.map = map;
        this.ink = ink;
        setId("ink-surface");
        // transparent, yet it catches the pointer everywhere over the map
        setPickOnBounds(true);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (writing != null) {
                finishWriting(true);
            } else if (ink.tool() == InkTool.TEXT) {
                startWriting(e.getX(), e.getY(), textPrompt);
            } else {
                ink.press(place(e.getX(), e.getY()), viewport());
            }
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            ink.drag(place(e.getX(), e.getY()), viewport());
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            ink.release();
            e.consume();
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                map.zoomAbout(e.getX(), e.getY(), Math.signum(e.getDeltaY()) * 0.25);
            }
            e.consume();
        });
        ink.addListener(() -> setCursor(ink.tool() == InkTool.TEXT ? Cursor.TEXT : Cursor.CROSSHAIR));
        setCursor(Cursor.CROSSHAIR);
        visibleProperty().addListener((o, was, shown) -> {
            if (!shown && writing != null) {
                finishWriting(true);
            }
        });
    }

    /** A field where the click was: Enter puts the words on the map, Esc drops them. */
    private void startWriting(double x, double y, String prompt) {
        GeoPoint at = place(x, y);
        TextField field = new TextField();
        field.setId("ink-text");
        field.setPromptText(prompt);
        field.relocate(x, y);
        field.setPrefColumnCount(16);
        field.setOnAction(e -> finishWriting(true));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                finishWriting(false);
                e.consume();
            }
        });
        field.getProperties().put(GeoPoint.class, at);
        writing = field;
        getChildren().add(field);
        field.requestFocus();
    }

    private void finishWriting(boolean keep) {
        TextField field = writing;
        writing = null;
        getChildren().remove(field);
        if (keep) {
            ink.write((GeoPoint) field.getProperties().get(GeoPoint.class), field.getText());
        }
        map.requestFocus();
    }

    private Viewport viewport() {
        return map.viewport();
    }

    private GeoPoint place(double x, double y) {
        return InkViewModel.place(viewport(), x, y);
    }
}
