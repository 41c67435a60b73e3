// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.junit.jupiter.api.Test;

/** The player on a clock the test steps: each tick one phase on, a pause holds, the last phase stops it. */
class PhasePlayerTest {

    /** A clock that ticks only when the test says so, and only while it runs. */
    private static final class SteppedClock implements PhaseClock {
        private Runnable tick;

        @Override
        public void start(Runnable tick) {
            this.tick = tick;
        }

        @Override
        public void stop() {
            tick = null;
        }

        boolean running() {
            return tick != null;
        }

        void step() {
            if (tick != null) {
                tick.run();
            }
        }
    }

    private final MapViewModel model = new MapViewModel(ShippedAtlas.atlas(), Language.ZH);
    private final List<String> phaseIds = ShippedAtlas.atlas().content().story().phases().stream().map(Phase::id).toList();
    private final StepNavigator navigator = new StepNavigator(model, ShippedAtlas.atlas().content().story().mapStates()
            .stream().map((MapState state) -> new Step(state, () -> { })).toList());
    private final SteppedClock clock = new SteppedClock();
    private final PhasePlayer player = new PhasePlayer(navigator, phaseIds, clock);

    private String shown() {
        return model.shownProperty().get().id();
    }

    @Test
    void eachTickShowsTheNextPhaseAndPauseHoldsIt() {
        navigator.go(phaseIds.get(1));
        player.play();
        // playing starts from the phase shown
        assertTrue(player.playingProperty().get());
        assertEquals(phaseIds.get(1), shown());
        clock.step();
        assertEquals(phaseIds.get(2), shown());
        assertEquals(2, player.currentPhase());

        player.toggle();
        assertFalse(player.playingProperty().get());
        assertFalse(clock.running());
        clock.step();
        assertEquals(phaseIds.get(2), shown());

        // playing again goes on from there
        player.toggle();
        clock.step();
        assertEquals(phaseIds.get(3), shown());
    }

    @Test
    void stopsAtTheLastPhaseAndStartsAgainFromTheFirst() {
        navigator.go("definition");
        player.play();
        // from outside the phases it begins at the first
        assertEquals(phaseIds.get(0), shown());
        for (int i = 1; i < phaseIds.size(); i++) {
            clock.step();
            assertEquals(phaseIds.get(i), shown());
        }
        // the last phase stops the player
        assertFalse(player.playingProperty().get());
        assertFalse(clock.running());

        player.play();
        assertEquals(phaseIds.get(0), shown());
        assertTrue(clock.running());
    }
}
