// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.present;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.hinterlandatlas.words.Messages;

/**
 * The presenter's own window on the laptop's screen. It takes the clicker's keys as the projector's window
 * does, so the teacher may page from either; its timer moves once a second.
 */
final class PresenterWindow {

    private static final String STYLES = PresenterWindow.class.getResource("/styles/classroom.css").toExternalForm();

    private final Stage stage = new Stage();
    private final PresenterView view;
    private final Timeline seconds;

    PresenterWindow(Window owner, PresenterView view, EventHandler<KeyEvent> keys, Messages messages) {
        this.view = view;
        stage.initOwner(owner);
        stage.setTitle(messages.get("presenter.title"));
        Scene scene = new Scene(view, 1100, 700);
        // the theme's look, as the main window has it
        if (owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            view.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().filtered(c -> c.startsWith("theme-")));
        }
        scene.getStylesheets().add(STYLES);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        stage.setScene(scene);
        seconds = new Timeline(new KeyFrame(Duration.seconds(1), e -> view.tick()));
        seconds.setCycleCount(Animation.INDEFINITE);
    }

    /** Opens the window over the whole of a screen's desktop area. */
    void open(Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        view.begin();
        stage.show();
        seconds.play();
    }

    void close() {
        seconds.stop();
        stage.close();
    }

    Stage stage() {
        return stage;
    }

    PresenterView view() {
        return view;
    }
}
