// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.ui.details.FeatureDetails;
import org.hinterlandatlas.ui.details.FeatureDetailsFactory;
import org.junit.jupiter.api.Test;
import org.hinterlandatlas.words.Messages;

class FeatureDetailsFactoryTest {

    private FeatureDetails details(FeatureRef ref, Language language) {
        return new FeatureDetailsFactory(ShippedAtlas.atlas(), Messages.of(language)).details(ref).orElseThrow();
    }

    @Test
    void chengduShowsItsTierDescriptionAndThePaper() {
        FeatureDetails zh = details(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu"), Language.ZH);
        assertEquals("成都", zh.title());
        assertEquals("Chengdu", zh.subtitle());
        assertTrue(zh.rows().stream().anyMatch(r -> r.value().equals("主要节点（核心）")));
        assertFalse(zh.description().isEmpty());
        assertTrue(zh.sources().stream().anyMatch(s -> s.startsWith("龚勤林") && s.endsWith("§四(二)1; §三(二)1")),
                zh.sources().toString());
        assertEquals(1, zh.sources().stream().filter(s -> s.startsWith("龚勤林")).count(), "one line per source");
        FeatureDetails en = details(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu"), Language.EN);
        assertEquals("Chengdu", en.title());
        assertTrue(en.sources().stream().anyMatch(s -> s.startsWith("GONG Qinlin")));
    }

    @Test
    void aPartialMemberNamesWhatTheOutlineLeavesOut() {
        FeatureDetails mianyang = details(new FeatureRef(FeatureRef.Kind.UNIT, "510700"), Language.ZH);
        assertTrue(mianyang.rows().stream().anyMatch(r -> r.value().equals("部分纳入")));
        assertTrue(mianyang.rows().stream().anyMatch(r -> r.value().contains("北川") && r.value().contains("平武")));
    }

    @Test
    void aPartialMemberWithoutListedExclusionsSaysWhatIsIncludedNotWhatIsExcept() {
        Messages zh = Messages.of(Language.ZH);
        FeatureDetails kaizhou = details(new FeatureRef(FeatureRef.Kind.UNIT, "500154"), Language.ZH);
        assertTrue(kaizhou.rows().stream().anyMatch(r -> r.label().equals(zh.get("details.included"))
                && r.value().startsWith("部分地区")), kaizhou.rows().toString());
        assertFalse(kaizhou.rows().stream().anyMatch(r -> r.label().equals(zh.get("details.excluded"))));
    }

    @Test
    void aClusterSaysItsRoleIsTheAtlassReadingWithItsBasis() {
        Messages en = Messages.of(Language.EN);
        FeatureDetails middle = details(new FeatureRef(FeatureRef.Kind.CLUSTER, "yangtze-middle"), Language.EN);
        assertTrue(middle.rows().stream().anyMatch(r -> r.value().contains("atlas's classification")
                && r.value().contains("within the hinterland")), middle.rows().toString());
        assertTrue(middle.rows().stream().anyMatch(r -> r.label().equals(en.get("details.roleBasis"))
                && r.value().contains("not as a pole")));
        FeatureDetails chengyu = details(new FeatureRef(FeatureRef.Kind.CLUSTER, "chengyu"), Language.EN);
        assertTrue(chengyu.rows().stream().anyMatch(r -> r.value().equals(en.get("details.drawnAsCircle"))));
    }

    @Test
    void aCorridorListsItsStatusAndStops() {
        String id = ShippedAtlas.atlas().content().corridors().stream()
                .filter(c -> c.name().zh().equals("成渝中线高铁")).findFirst().orElseThrow().id();
        FeatureDetails corridor = details(new FeatureRef(FeatureRef.Kind.CORRIDOR, id), Language.ZH);
        assertTrue(corridor.rows().stream().anyMatch(r -> r.value().equals("在建")));
        assertTrue(corridor.rows().stream().anyMatch(r -> r.value().startsWith("成都—")));
    }

    @Test
    void aFlowNamesItsEndsAsTheSourceDoesAndItsSource() {
        FeatureDetails zh = details(new FeatureRef(FeatureRef.Kind.FLOW, "third-front-transfer"), Language.ZH);
        assertEquals("流向", zh.kind());
        assertTrue(zh.rows().stream().anyMatch(r -> r.value().startsWith("沿海地区")), zh.rows().toString());
        assertTrue(zh.rows().stream().anyMatch(r -> r.value().equals("以川渝为代表的内陆腹地")), zh.rows().toString());
        assertTrue(zh.description().contains("论文未列出迁出城市"));
        assertTrue(zh.sources().stream().anyMatch(s -> s.startsWith("龚勤林") && s.endsWith("§二(一)")), zh.sources().toString());
        FeatureDetails en = details(new FeatureRef(FeatureRef.Kind.FLOW, "third-front-transfer"), Language.EN);
        assertTrue(en.rows().stream().anyMatch(r -> r.value().equals("Relocation inland")), en.rows().toString());
    }
}
