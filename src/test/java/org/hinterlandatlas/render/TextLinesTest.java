// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.function.ToDoubleFunction;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** Text wraps the same for the painters and the figure page: at spaces in English, between hanzi in Chinese. */
class TextLinesTest {

    private static ToDoubleFunction<String> measure(Font font) {
        FontRenderContext context = new FontRenderContext(null, true, true);
        return text -> font.getStringBounds(text, context).getWidth();
    }

    @Test
    void longTextWrapsAtSpacesOrBetweenChineseCharacters() {
        Font font = ShippedAtlas.fonts().font(10, false);
        var english = TextLines.of("Journal of Chongqing University (Social Science Edition), 2024(4): 21-36.", measure(font), 150);
        assertTrue(english.size() > 1);
        english.forEach(line -> assertFalse(line.startsWith(" ") || line.endsWith(" ")));
        assertEquals("Journal of Chongqing University (Social Science Edition), 2024(4): 21-36.",
                String.join(" ", english));
        var chinese = TextLines.of("成渝地区双城经济圈国家战略腹地建设的内在逻辑、现实基础与路径选择", measure(font), 60);
        assertTrue(chinese.size() > 3);
        assertEquals("成渝地区双城经济圈国家战略腹地建设的内在逻辑、现实基础与路径选择", String.join("", chinese));
    }
}
