// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import org.hinterlandatlas.tiles.TileService;
import org.hinterlandatlas.ui.map.MapViewModel;

/**
 * The first frame that shows the map whole — its overlay painted (the model has a viewport), at least one
 * tile painted and none still being painted — watched on the pulses. A pulse begins only once the previous
 * frame has been rendered, so the work given here runs on the pulse after that frame, which the user has
 * then seen.
 */
final class FirstMapFrame {

    private FirstMapFrame() {
    }

    /** Runs {@code then} on the FX thread once the map has been drawn whole; call on the FX thread. */
    static void whenDrawn(MapViewModel model, TileService tiles, Runnable then) {
        afterFrameWhere(() -> model.viewportProperty().get() != null && tiles.tilesRendered() > 0
                && tiles.tilesInFlight() == 0, then);
    }

    /** Runs {@code then} once the frame of the next pulse (with what was changed until then) has been rendered. */
    static void afterNextFrame(Runnable then) {
        afterFrameWhere(() -> true, then);
    }

    private static void afterFrameWhere(BooleanSupplier drawn, Runnable then) {
        new AnimationTimer() {
            private boolean complete;

            @Override
            public void handle(long now) {
                if (complete) {
                    stop();
                    then.run();
                    return;
                }
                complete = drawn.getAsBoolean();
            }
        }.start();
    }
}
