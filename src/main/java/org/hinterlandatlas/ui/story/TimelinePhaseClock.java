// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** The phase clock of the window: a tick every few seconds, on the JavaFX application thread. */
final class TimelinePhaseClock implements PhaseClock {

    /** Long enough to read a phase's card and look at its map before the next one comes. */
    private static final Duration PER_PHASE = Duration.seconds(4.5);

    private Timeline timeline;

    @Override
    public void start(Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(PER_PHASE, e -> tick.run()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
