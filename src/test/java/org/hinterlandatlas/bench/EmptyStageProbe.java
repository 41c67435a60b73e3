// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's yardstick: an empty JavaFX stage of the atlas's window size that writes the
 * wall-clock time of its first frame (milliseconds since the epoch) into the file named by its argument,
 * on the pulse after that frame as the atlas's start-up probe does, and exits.
 */
public final class EmptyStageProbe extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1440, 900));
        stage.show();
        new AnimationTimer() {
            private boolean shown;

            @Override
            public void handle(long now) {
                if (shown) {
                    stop();
                    try {
                        Files.writeString(Path.of(getParameters().getRaw().get(0)), System.currentTimeMillis() + "\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    Platform.exit();
                }
                shown = true;
            }
        }.start();
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
