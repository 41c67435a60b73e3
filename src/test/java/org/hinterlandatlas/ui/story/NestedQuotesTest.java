// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NestedQuotesTest {

    @Test
    void chineseQuotationMarksInsideAQuotationBecomeSingle() {
        assertEquals("‘国家战略腹地’是内陆纵深区域", Cards.nested("“国家战略腹地”是内陆纵深区域"));
    }

    @Test
    void straightQuotationMarksAreLeftAlone() {
        assertEquals("The \"national strategic hinterland\" is inland",
                Cards.nested("The \"national strategic hinterland\" is inland"));
    }

    @Test
    void aPassageWithoutQuotationMarksIsUnchanged() {
        assertEquals("Chengdu and Chongqing", Cards.nested("Chengdu and Chongqing"));
    }
}
