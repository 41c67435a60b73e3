// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class ScreenChoiceTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1280, 0, 1920, 1080);

    @Test
    void oneScreenHasNoPresenterScreen() {
        assertTrue(ScreenChoice.of(List.of(LAPTOP), LAPTOP).isEmpty());
    }

    @Test
    void withTwoTheMapGoesToTheOtherScreenAndThePresenterStaysOnThePrimary() {
        ScreenChoice choice = ScreenChoice.of(List.of(LAPTOP, PROJECTOR), LAPTOP).orElseThrow();
        assertEquals(PROJECTOR, choice.projector());
        assertEquals(LAPTOP, choice.laptop());
        // the order the system lists them in does not matter, nor which side the projector stands
        Rectangle2D left = new Rectangle2D(-1024, 0, 1024, 768);
        assertEquals(new ScreenChoice(left, LAPTOP), ScreenChoice.of(List.of(left, LAPTOP), LAPTOP).orElseThrow());
    }

    @Test
    void ofSeveralOtherScreensTheLargestIsTheProjector() {
        Rectangle2D monitor = new Rectangle2D(-1024, 0, 1024, 768);
        ScreenChoice choice = ScreenChoice.of(List.of(monitor, LAPTOP, PROJECTOR), LAPTOP).orElseThrow();
        assertEquals(PROJECTOR, choice.projector());
    }

    @Test
    void theTimerReadsMinutesAndSecondsThenHours() {
        assertEquals("00:00", PresenterView.elapsed(Duration.ZERO));
        assertEquals("01:05", PresenterView.elapsed(Duration.ofSeconds(65)));
        assertEquals("59:59", PresenterView.elapsed(Duration.ofSeconds(3599)));
        assertEquals("1:02:05", PresenterView.elapsed(Duration.ofSeconds(3725)));
    }
}
