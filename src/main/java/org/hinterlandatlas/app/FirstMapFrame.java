// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import org.hinterlandatlas.tiles.TileService;
import org.hinterlandatlas.ui.map.AtlasMapView;

/**
 * The first frame that shows the map whole — its overlay painted for the view it shows (the map is settled),
 * at least one tile painted and none still being painted — watched on the pulses. The last tiles reach their image views
 * through events handled before the next pulse, so that pulse's frame is the first with all of them; a
 * pulse begins only once the previous frame has been rendered, so the work given here runs on the pulse
 * after that frame, which the user has then seen.
 */
final class FirstMapFrame {

    private FirstMapFrame() {
    }

    /**
     * Runs {@code reveal} at the pulse whose frame is the first with the map whole, and {@code then} once that
     * frame has been rendered; call on the FX thread. Until {@code reveal}, the map's partial pictures (the sea
     * alone, tiles without their overlay, at Gluon's zoom before the view's) are kept from the screen.
     */
    static void whenDrawn(AtlasMapView map, TileService tiles, Runnable reveal, Runnable then) {
        // settled: the overlay is painted for the view shown now, not for Gluon's zoom before the first view
        BooleanSupplier whole = () -> map.settledProperty().get() && tiles.tilesRendered() > 0
                && tiles.tilesInFlight() == 0;
        afterPulses(whole, new Runnable[] {reveal, then});
    }

    /** Runs {@code then} once the frame of the next pulse (with what was changed until then) has been rendered. */
    static void afterNextFrame(Runnable then) {
        afterPulses(() -> true, new Runnable[] {then});
    }

    /**
     * Runs {@code steps[i]} on the {@code i + 1}-th pulse after the first one at which {@code ready} held, each
     * on a pulse of its own.
     */
    private static void afterPulses(BooleanSupplier ready, Runnable[] steps) {
        new AnimationTimer() {
            /** Pulses since {@code ready} held; -1 until it does. */
            private int since = -1;

            @Override
            public void handle(long now) {
                if (since < 0) {
                    since = ready.getAsBoolean() ? 0 : -1;
                    return;
                }
                steps[since].run();
                if (++since == steps.length) {
                    stop();
                }
            }
        }.start();
    }
}
