// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** Presentation's map names every place one size step larger, and changes nothing else. */
class LargerLabelsTest {

    private final MapStyle style = ShippedAtlas.style();
    private final MapStyle larger = style.withLabelsOneStepLarger();

    @Test
    void namesGrowByTheInverseOfTheShrinkStep() {
        float step = 1 / style.overlay().labels().shrink();
        for (Tier tier : style.overlay().nodes().keySet()) {
            assertEquals(style.overlay().nodes().get(tier).fontSize() * step,
                    larger.overlay().nodes().get(tier).fontSize(), 1e-4, tier.name());
        }
        assertEquals(style.overlay().labels().areaFontSize() * step, larger.overlay().labels().areaFontSize(), 1e-4);
        assertEquals(style.overlay().labels().clusterFontSize() * step, larger.overlay().labels().clusterFontSize(),
                1e-4);
    }

    @Test
    void symbolsAndTheTilesKeyStayApart() {
        for (Tier tier : style.overlay().nodes().keySet()) {
            assertEquals(style.overlay().nodes().get(tier).radius(), larger.overlay().nodes().get(tier).radius());
        }
        assertEquals(style.base(), larger.base());
        assertNotEquals(style.fingerprint(), larger.fingerprint());
    }
}
