// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Shape;
import org.junit.jupiter.api.Test;

/** The caches of the atlas hold no more bytes than their bound, forgetting what was used longest ago. */
class LruCacheTest {

    @Test
    void theLeastRecentlyUsedGoOnceTheBytesPassTheBound() {
        LruCache<String, byte[]> cache = new LruCache<>(100, value -> value.length);
        cache.put("a", new byte[40]);
        cache.put("b", new byte[40]);
        cache.get("a");
        cache.put("c", new byte[40]);
        assertNull(cache.get("b"), "b was used longest ago");
        assertNotNull(cache.get("a"));
        assertNotNull(cache.get("c"));
        assertEquals(80, cache.weight());
        assertEquals(100, cache.maxWeight());
    }

    @Test
    void aHaloWeighsWhatItsOutlineHolds() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        Shape short1 = font.createGlyphVector(LabelPlacer.MEASURE, "Ya'an").getOutline();
        Shape long1 = font.createGlyphVector(LabelPlacer.MEASURE, "Chengdu–Chongqing Economic Circle").getOutline();
        assertTrue(LabelPainter.bytes(long1) > 3 * LabelPainter.bytes(short1),
                LabelPainter.bytes(long1) + " bytes against " + LabelPainter.bytes(short1));
    }
}
