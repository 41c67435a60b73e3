// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import java.util.Objects;
import org.hinterlandatlas.model.MapState;

/**
 * One step of the narrative a teacher pages through: the map state it shows and how the panel that owns it
 * brings its text into view (selects a card, scrolls to it, picks a tab). Any panel can contribute steps.
 */
public record Step(MapState state, Runnable reveal) {

    public Step {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reveal, "reveal");
    }

    /** A step whose panel needs no revealing, or has none yet. */
    public static Step of(MapState state) {
        return new Step(state, () -> { });
    }
}
