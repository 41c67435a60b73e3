// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

/**
 * Tells the phase player when a phase has been shown long enough. The window's clock counts real time on
 * the toolkit's pulses; a test steps one by hand, so that playing and pausing can be checked without
 * waiting for seconds to pass.
 */
public interface PhaseClock {

    /** Calls {@code tick} each time a phase's time is up, counted afresh from now, until {@link #stop}. */
    void start(Runnable tick);

    /** No more ticks until the next {@link #start}. */
    void stop();
}
