// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.hinterlandatlas.tiles.TileService;
import org.hinterlandatlas.ui.map.MapViewModel;

/**
 * The start-up benchmark's measurement ({@code -Datlas.startupProbe=FILE}): the seconds from the launch of
 * the process to the first frame that shows the map — its overlay painted and no tile of it still being
 * painted — written to the file, after which the atlas exits.
 */
final class StartupProbe {

    static final String PROPERTY = "atlas.startupProbe";

    private StartupProbe() {
    }

    static boolean enabled() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Watches the pulses from now on; call on the FX thread once the map is in the window. */
    static void watch(MapViewModel model, TileService tiles) {
        Instant launched = ProcessHandle.current().info().startInstant().orElseThrow();
        new AnimationTimer() {
            private boolean complete;

            @Override
            public void handle(long now) {
                if (complete) {
                    // a pulse waits for the previous frame to be rendered: that frame showed the whole map
                    stop();
                    double seconds = Duration.between(launched, Instant.now()).toNanos() / 1e9;
                    try {
                        Files.writeString(Path.of(System.getProperty(PROPERTY)),
                                String.format(Locale.ROOT, "%.3f%n", seconds));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    Platform.exit();
                    return;
                }
                complete = model.viewportProperty().get() != null && tiles.tilesRendered() > 0
                        && tiles.tilesInFlight() == 0;
            }
        }.start();
    }
}
