// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The floor of the frame benchmark: the least a pulse can cost on this machine's pipeline for a map that moves.
 * A bare JavaFX stage filling the screen moves one opaque picture a little larger than the screen by a few
 * pixels each pulse, as a dragged map moves (argument {@code one}), or that picture and a transparent one of
 * the screen's size above it that stays still ({@code two}). It marks the start and end of 10 s of motion
 * in the file named by its second argument, as {@link GestureDriver} marks a drag, and exits.
 */
public final class FrameFloorProbe extends Application {

    private static final int MARGIN = 128;
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long MOTION_NANOS = 10_000_000_000L;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        boolean twoLayers = args.get(0).equals("two");
        Path out = Path.of(args.get(1));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        int width = (int) screen.getWidth();
        int height = (int) screen.getHeight();
        ImageView picture = new ImageView(opaque(width + 2 * MARGIN, height + 2 * MARGIN));
        Pane root = new Pane(new Group(picture));
        if (twoLayers) {
            ImageView above = new ImageView(transparent(width, height));
            root.getChildren().add(above);
        }
        stage.setX(0);
        stage.setY(0);
        stage.setScene(new Scene(root, width, height));
        stage.show();
        new AnimationTimer() {
            private long first;
            private String started;
            private int step;

            @Override
            public void handle(long now) {
                if (first == 0) {
                    first = now;
                }
                // a square, as the driver drags: 40 steps of 6 px right, down, left and up
                int side = (step / 40) % 4;
                int along = step % 40;
                double x = switch (side) {
                    case 0 -> along * 6;
                    case 1 -> 240;
                    case 2 -> 240 - along * 6;
                    default -> 0;
                };
                double y = switch (side) {
                    case 0 -> 0;
                    case 1 -> along * 6;
                    case 2 -> 240;
                    default -> 240 - along * 6;
                };
                // whole pixels, and the picture covers the screen wherever it is
                picture.setTranslateX(x - 120 - MARGIN);
                picture.setTranslateY(y - 120 - MARGIN);
                step++;
                if (started == null && now - first > WARM_UP_NANOS) {
                    started = mark("pan-start");
                } else if (started != null && now - first > WARM_UP_NANOS + MOTION_NANOS) {
                    stop();
                    try {
                        Files.write(out, List.of(started, mark("pan-end")));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    Platform.exit();
                }
            }
        }.start();
    }

    private static String mark(String name) {
        Instant now = Instant.now();
        return String.format(Locale.ROOT, "mark %s %d", name, now.getEpochSecond() * 1_000_000_000L + now.getNano());
    }

    /** A picture with something in every pixel, so that no part of it can be skipped. */
    private static WritableImage opaque(int width, int height) {
        WritableImage image = new WritableImage(width, height);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels.setArgb(x, y, 0xff000000 | ((x * 7) & 0xff) << 16 | ((y * 5) & 0xff) << 8 | ((x + y) & 0xff));
            }
        }
        return image;
    }

    /** Mostly clear, with lines and patches as an overlay has. */
    private static WritableImage transparent(int width, int height) {
        WritableImage image = new WritableImage(width, height);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < height; y += 3) {
            for (int x = 0; x < width; x++) {
                if ((x / 40 + y / 40) % 5 == 0) {
                    pixels.setArgb(x, y, 0x80c04020);
                }
            }
        }
        return image;
    }

    /** The launcher class must not extend Application when started from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(FrameFloorProbe.class, args);
        }
    }
}
