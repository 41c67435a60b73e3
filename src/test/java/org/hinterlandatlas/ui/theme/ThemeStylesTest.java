// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.StyleLoader;
import org.hinterlandatlas.model.CorridorType;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.style.MapStyle;
import org.junit.jupiter.api.Test;

/** Each theme's map style is the shipped style with the theme file's values laid over it. */
class ThemeStylesTest {

    private static MapStyle style(Theme theme) throws DataException {
        StyleLoader loader = new StyleLoader(new ClasspathDataFiles(), StyleLoader.DEFAULT_STYLE);
        return theme.mapStyleOverrides() == null ? loader.load() : loader.load(theme.mapStyleOverrides());
    }

    private static double lightness(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    @Test
    void theDarkMapHasADarkBaseAndKeepsTheThematicColours() throws DataException {
        MapStyle light = style(Theme.LIGHT);
        MapStyle dark = style(Theme.DARK);
        assertEquals(new Color(0x16, 0x22, 0x2e), dark.base().sea());
        assertTrue(lightness(dark.base().chinaLand()) < 0.3 && lightness(light.base().chinaLand()) > 0.9);
        // what is not in the theme's file is the style's own: the corridors mean the same in every theme
        for (CorridorType type : CorridorType.values()) {
            assertEquals(light.overlay().corridors().byType().get(type).color(),
                    dark.overlay().corridors().byType().get(type).color(), type.name());
        }
        assertTrue(lightness(dark.overlay().nodes().get(Tier.CORE).labelColor()) > 0.8);
        // tiles are keyed by the style: a theme's are never served for another
        assertNotEquals(light.fingerprint(), dark.fingerprint());
    }

    @Test
    void highContrastDrawsStrongerLines() throws DataException {
        MapStyle light = style(Theme.LIGHT);
        MapStyle contrast = style(Theme.HIGH_CONTRAST);
        assertTrue(contrast.base().provinceLine().width() > light.base().provinceLine().width());
        assertTrue(contrast.base().nationalBorder().width() > light.base().nationalBorder().width());
        for (CorridorType type : CorridorType.values()) {
            assertTrue(contrast.overlay().corridors().byType().get(type).width()
                    > light.overlay().corridors().byType().get(type).width(), type.name());
        }
        assertEquals(Color.BLACK, contrast.overlay().nodes().get(Tier.CORE).labelColor());
        assertNotEquals(light.fingerprint(), contrast.fingerprint());
    }
}
