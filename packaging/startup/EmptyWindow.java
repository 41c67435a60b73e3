// SPDX-License-Identifier: GPL-3.0-or-later
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up measurement: an empty JavaFX window of the atlas's size. It writes the
 * wall-clock time of its first drawn frame (milliseconds since the epoch) into the file given as argument,
 * timed as the atlas's -Datlas.startupProbe times its first map frame: on the pulse after that frame.
 * measure.sh subtracts the time it launched the process.
 */
public final class EmptyWindow extends Application {

    @Override
    public void start(Stage stage) {
        Path report = Path.of(getParameters().getRaw().get(0));
        stage.setScene(new Scene(new StackPane(), 1440, 900));
        stage.show();
        new AnimationTimer() {
            private boolean drawn;

            @Override
            public void handle(long now) {
                if (!drawn) {
                    drawn = true;
                    return;
                }
                stop();
                try {
                    Files.writeString(report, System.currentTimeMillis() + "\n");
                } catch (IOException e) {
                    throw new IllegalStateException("cannot write " + report, e);
                }
                Platform.exit();
            }
        }.start();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
