// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import org.hinterlandatlas.tiles.TileService;
import org.hinterlandatlas.ui.map.MapViewModel;

/**
 * The first frame that shows the map whole — its overlay painted (the model has a viewport), at least one
 * tile painted and none still being painted — watched on the pulses. The last tiles reach their image views
 * through events handled before the next pulse, so that pulse's frame is the first with all of them; a
 * pulse begins only once the previous frame has been rendered, so the work given here runs on the pulse
 * after that frame, which the user has then seen.
 */
final class FirstMapFrame {

    private FirstMapFrame() {
    }

    /** Runs {@code then} on the FX thread once the map has been drawn whole; call on the FX thread. */
    static void whenDrawn(MapViewModel model, TileService tiles, Runnable then) {
        afterPulses(() -> model.viewportProperty().get() != null && tiles.tilesRendered() > 0
                && tiles.tilesInFlight() == 0, 2, then);
    }

    /** Runs {@code then} once the frame of the next pulse (with what was changed until then) has been rendered. */
    static void afterNextFrame(Runnable then) {
        afterPulses(() -> true, 1, then);
    }

    /** Runs {@code then} on the {@code pulses}-th pulse after the first one at which {@code ready} held. */
    private static void afterPulses(BooleanSupplier ready, int pulses, Runnable then) {
        new AnimationTimer() {
            /** Pulses since {@code ready} held; -1 until it does. */
            private int since = -1;

            @Override
            public void handle(long now) {
                if (since < 0) {
                    since = ready.getAsBoolean() ? 0 : -1;
                } else if (++since == pulses) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
