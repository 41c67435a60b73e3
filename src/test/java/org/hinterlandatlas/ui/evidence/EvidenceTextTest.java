// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.Statistic;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;
import org.junit.jupiter.api.Test;

/** A figure in 万 or 亿 reads in English scale words, with the paper's figure beside it; Chinese keeps the paper's. */
class EvidenceTextTest {

    private final AtlasContent content = ShippedAtlas.atlas().content();

    private String value(Language language, String figureId) {
        Statistic figure = content.evidence().figures().stream().filter(f -> f.id().equals(figureId)).findFirst()
                .orElseThrow();
        return new EvidenceText(Messages.of(language), content).value(figure);
    }

    @Test
    void englishReadersGetTrillionsAndMillionsWithThePapersFigureBeside() {
        assertEquals("7.76 trillion yuan (77,587.99 亿元)", value(Language.EN, "gdp-2022"));
        assertEquals("over 17.3 million people (1,730 万人)", value(Language.EN, "talent"));
        assertEquals("over 3.17 million people (317.16 万人)", value(Language.EN, "students"));
        assertEquals("555,000 people (55.5 万人)", value(Language.EN, "rd-staff"));
        assertEquals("over 14,000 trains (1.4 万列)", value(Language.EN, "china-europe-trains"));
        assertEquals("1.68 trillion yuan (万亿元)", value(Language.EN, "electronics-cluster"));
    }

    @Test
    void chineseKeepsThePapersUnits() {
        assertEquals("77,587.99 亿元", value(Language.ZH, "gdp-2022"));
        assertEquals("超过 1,730 万人", value(Language.ZH, "talent"));
    }
}
