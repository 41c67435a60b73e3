// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's yardstick: an empty JavaFX stage of the atlas's window size that prints the
 * seconds from the process's launch to its first frame into the file named by its argument, as the atlas's
 * start-up probe does, and exits.
 */
public final class EmptyStageProbe extends Application {

    @Override
    public void start(Stage stage) {
        Instant launched = ProcessHandle.current().info().startInstant().orElseThrow();
        stage.setScene(new Scene(new StackPane(), 1440, 900));
        stage.show();
        new AnimationTimer() {
            private boolean shown;

            @Override
            public void handle(long now) {
                if (shown) {
                    stop();
                    double seconds = Duration.between(launched, Instant.now()).toNanos() / 1e9;
                    try {
                        Files.writeString(Path.of(getParameters().getRaw().get(0)),
                                String.format(Locale.ROOT, "%.3f%n", seconds));
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
