// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceListTest {

    private static final Source NEWS = new Source("news", "news",
            new Bilingual("董世梅. 成渝高铁正式开通[N]. 四川日报, 2015-12-27", "DONG Shimei. The railway opens[N]. Sichuan Daily, 2015-12-27"), "");
    private static final Source PAPER = new Source("paper", "paper",
            new Bilingual("龚勤林, 宋明蔚. 内在逻辑[J]. 重庆大学学报(社会科学版), 2024(4): 21-36.",
                    "GONG Qinlin, SONG Mingwei. The internal logic[J]. Journal of Chongqing University, 2024(4): 21-36."),
            "https://doi.org/10.11835/j.issn.1008-5831.jg.2024.06.004");
    private static final Source PAGE = new Source("page", "news",
            new Bilingual("市委全会举行[EB/OL]. (2024-05-24).", "The plenum is held[EB/OL]. (2024-05-24)."),
            "https://www.cq.gov.cn/x.html");

    private static ReferenceList list() {
        Map<String, Source> sources = new LinkedHashMap<>();
        sources.put(NEWS.id(), NEWS);
        sources.put(PAPER.id(), PAPER);
        sources.put(PAGE.id(), PAGE);
        return new ReferenceList(sources, "paper");
    }

    @Test
    void thePaperComesFirstThenTheCatalogueOrder() {
        assertEquals(List.of(PAPER, NEWS, PAGE), list().sources());
        assertEquals(2, list().number("news"));
    }

    @Test
    void entriesEndInAFullStopWithTheDoiOrTheAddress() {
        ReferenceList list = list();
        assertEquals("[1] 龚勤林, 宋明蔚. 内在逻辑[J]. 重庆大学学报(社会科学版), 2024(4): 21-36. "
                + "DOI: 10.11835/j.issn.1008-5831.jg.2024.06.004.", list.entry(PAPER, Language.ZH));
        assertEquals("[2] DONG Shimei. The railway opens[N]. Sichuan Daily, 2015-12-27.", list.entry(NEWS, Language.EN));
        assertEquals("[3] 市委全会举行[EB/OL]. (2024-05-24). https://www.cq.gov.cn/x.html", list.entry(PAGE, Language.ZH));
    }

    @Test
    void citationsBecomeNumbersWithTheirPlace() {
        assertEquals("[1] 表1; [2]; [1] §二(一)", list().cite(List.of(new Citation("paper", "表1"),
                new Citation("news", ""), new Citation("paper", "§二(一)"))));
        assertThrows(IllegalArgumentException.class, () -> list().cite(List.of(new Citation("nowhere", ""))));
    }
}
