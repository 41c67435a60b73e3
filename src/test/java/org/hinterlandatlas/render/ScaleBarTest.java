// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScaleBarTest {

    @Test
    void picksTheLongestRoundDistanceThatFits() {
        ScaleBar bar = ScaleBar.fitting(760, 120);
        assertEquals(50, bar.kilometres());
        assertEquals(50_000 / 760.0, bar.pixels(), 1e-9);
        assertEquals("50 km", bar.label());
        assertEquals(200, ScaleBar.fitting(2000, 120).kilometres());
        assertEquals(0.5, ScaleBar.fitting(5, 120).kilometres());
        assertEquals("0.5 km", ScaleBar.fitting(5, 120).label());
    }
}
