// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Plays the historical phases one after another, a few seconds each, and stops at the last; pausing keeps
 * the phase shown. Playing continues from the current phase; from outside the phases, or from the last
 * one, it begins at the first. A {@link PhaseClock} says when a phase's time is up.
 */
public final class PhasePlayer {

    private final StepNavigator navigator;
    private final List<String> phaseIds;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final PhaseClock clock;

    /** A player on the window's clock, a few seconds a phase. */
    public PhasePlayer(StepNavigator navigator, List<String> phaseIds) {
        this(navigator, phaseIds, new TimelinePhaseClock());
    }

    public PhasePlayer(StepNavigator navigator, List<String> phaseIds, PhaseClock clock) {
        this.navigator = navigator;
        this.phaseIds = List.copyOf(phaseIds);
        this.clock = clock;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }

    /** Which phase is shown, counted from 0, or -1 when the current step is not a phase. */
    public int currentPhase() {
        int index = navigator.indexProperty().get();
        if (index < 0) {
            return -1;
        }
        return phaseIds.indexOf(navigator.ids().get(index));
    }

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void play() {
        if (phaseIds.isEmpty()) {
            return;
        }
        int phase = currentPhase();
        // from the current phase (shown again, in case the map was moved since), or from the start
        navigator.go(phaseIds.get(phase < 0 || phase == phaseIds.size() - 1 ? 0 : phase));
        playing.set(true);
        clock.start(this::advance);
    }

    public void pause() {
        clock.stop();
        playing.set(false);
    }

    private void advance() {
        int phase = currentPhase();
        if (phase < 0 || phase >= phaseIds.size() - 1) {
            pause();
            return;
        }
        navigator.go(phaseIds.get(phase + 1));
        if (phase + 1 == phaseIds.size() - 1) {
            pause();
        }
    }
}
