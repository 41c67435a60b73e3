// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.ImageView;

/**
 * Measures start-up: with {@code -Dhinterland.startupProbe=FILE} the atlas writes the milliseconds from the
 * launch of its process to the first frame that shows map tiles into FILE, then exits. The packaging's
 * class-data-sharing training run and the start-up measurement both use it.
 *
 * <p>A pulse's animation timers run before that pulse draws, so the first pulse that finds a tile in the
 * map marks the frame that draws it, and the time is taken on the pulse after: once that frame is drawn.
 */
final class StartupProbe extends AnimationTimer {

    static final String PROPERTY = "hinterland.startupProbe";

    private final Path report;
    private final Node map;
    private boolean tileDrawn;

    private StartupProbe(Path report, Node map) {
        this.report = report;
        this.map = map;
    }

    /** Starts the probe on {@code map} when the system property asks for one. */
    static Optional<StartupProbe> startIfRequested(Node map) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        StartupProbe probe = new StartupProbe(Path.of(file), map);
        probe.start();
        return Optional.of(probe);
    }

    @Override
    public void handle(long now) {
        if (tileDrawn) {
            stop();
            write(sinceLaunch());
            Platform.exit();
        } else {
            tileDrawn = map.lookupAll(".image-view").stream()
                    .anyMatch(node -> node instanceof ImageView view && view.getImage() != null
                            && view.getImage().getProgress() >= 1 && view.isVisible());
        }
    }

    private static Duration sinceLaunch() {
        Instant launched = ProcessHandle.current().info().startInstant().orElseThrow(
                () -> new IllegalStateException("the operating system does not tell when this process started"));
        return Duration.between(launched, Instant.now());
    }

    private void write(Duration elapsed) {
        try {
            Files.writeString(report, elapsed.toMillis() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the start-up report " + report, e);
        }
    }
}
