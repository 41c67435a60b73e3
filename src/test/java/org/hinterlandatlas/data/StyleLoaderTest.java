// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.style.MapStyle;
import org.hinterlandatlas.support.OverridingDataFiles;
import org.junit.jupiter.api.Test;

class StyleLoaderTest {

    @Test
    void theShippedStyleLoads() throws DataException {
        MapStyle style = new StyleLoader(new ClasspathDataFiles(), StyleLoader.DEFAULT_STYLE).load();
        assertEquals(new Color(0xa5, 0x0f, 0x15), style.overlay().nodes().get(Tier.CORE).fill());
        assertEquals(16, style.fingerprint().length());
    }

    @Test
    void aBadColourNamesTheField() throws Exception {
        OverridingDataFiles files = new OverridingDataFiles().edit(StyleLoader.DEFAULT_STYLE,
                text -> text.replace("\"sea\": \"#d6e6f2\"", "\"sea\": \"blue\""));
        DataException e = assertThrows(DataException.class, () -> new StyleLoader(files, StyleLoader.DEFAULT_STYLE).load());
        assertEquals("styles/map-style.json, feature \"base.sea\": the colour \"blue\" must be #RRGGBB or #RRGGBBAA",
                e.getMessage());
    }

    @Test
    void aMissingFieldNamesTheField() throws Exception {
        OverridingDataFiles files = new OverridingDataFiles().edit(StyleLoader.DEFAULT_STYLE,
                text -> text.replace("\"haloWidth\"", "\"haloWidthX\""));
        DataException e = assertThrows(DataException.class, () -> new StyleLoader(files, StyleLoader.DEFAULT_STYLE).load());
        assertEquals("overlay.labels.haloWidth", e.entry());
    }
}
