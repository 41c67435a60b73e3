// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import com.gluonhq.maps.MapView;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The start-up benchmark's yardstick: an empty JavaFX stage of the atlas's window size that writes the
 * wall-clock time of its first frame (milliseconds since the epoch) into the file named by its argument,
 * on the pulse after that frame as the atlas's start-up probe does, and exits.
 * <p>
 * With a second argument {@code chrome} the stage holds what any window like the atlas's shows before its
 * map is drawn: a menu bar of five menus, a tool bar with a text field, a status line and an empty Gluon map
 * view — JavaFX's controls with Modena's style sheet, and the map view's classes. The benchmark prints it as
 * the floor of the window's first frame (decision 0091).
 */
public final class EmptyStageProbe extends Application {

    @Override
    public void start(Stage stage) {
        List<String> raw = getParameters().getRaw();
        Parent root = raw.size() > 1 && raw.get(1).equals("chrome") ? chrome() : new StackPane();
        stage.setScene(new Scene(root, 1440, 900));
        stage.show();
        new AnimationTimer() {
            private boolean shown;

            @Override
            public void handle(long now) {
                if (shown) {
                    stop();
                    try {
                        Files.writeString(Path.of(raw.get(0)), System.currentTimeMillis() + "\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    Platform.exit();
                }
                shown = true;
            }
        }.start();
    }

    private static Parent chrome() {
        MenuBar menus = new MenuBar();
        for (String name : List.of("File", "Edit", "View", "Go", "Help")) {
            Menu menu = new Menu(name);
            for (int item = 1; item <= 6; item++) {
                menu.getItems().add(new MenuItem(name + " " + item));
            }
            menus.getMenus().add(menu);
        }
        BorderPane window = new BorderPane(new MapView());
        window.setTop(new VBox(menus, new ToolBar(new TextField())));
        window.setBottom(new Label("status"));
        return window;
    }

    /** The launcher class must not extend Application when started from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(EmptyStageProbe.class, args);
        }
    }
}
