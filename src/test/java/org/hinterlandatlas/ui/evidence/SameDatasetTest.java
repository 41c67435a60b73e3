// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.render.ClusterShading;
import org.hinterlandatlas.render.GroupedBarChartPainter;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** The chart and the cluster map show one dataset: for each industry, the bars are the map's values. */
class SameDatasetTest {

    private final Evidence evidence = ShippedAtlas.atlas().content().evidence();
    private final EvidenceViewModel model = new EvidenceViewModel(evidence);
    private static final GroupedBarChartPainter.Captions CAPTIONS =
            new GroupedBarChartPainter.Captions("National share", "Data: Table 2 of the paper.");
    private final GroupedBarChartPainter chart = ShippedAtlas.chart();

    @Test
    void theChartsBarsForTheSelectedIndustryAreTheMapsValues() {
        assertSame(evidence.table2(), model.table());
        List<GroupedBarChartPainter.Bar> bars = chart.bars(model.table(), new Rectangle2D.Double(0, 0, 420, 420), Language.EN, CAPTIONS, 1);
        for (ProjectTable.Industry industry : model.table().industries()) {
            model.industryProperty().set(industry);
            ClusterShading shading = model.shading();
            Map<String, Double> charted = new LinkedHashMap<>();
            bars.stream().filter(b -> b.industry() == model.table().indexOf(industry))
                    .forEach(b -> charted.put(b.clusterId(), b.percent()));
            assertEquals(shading.values(), charted, industry.id());
            assertEquals(model.table().maxShare(), shading.max(), "one scale for chart and map");
        }
    }

    @Test
    void barsAreAsHighAsTheirShares() {
        List<GroupedBarChartPainter.Bar> bars = chart.bars(model.table(), new Rectangle2D.Double(0, 0, 420, 420), Language.EN, CAPTIONS, 1);
        assertEquals(4 * 5, bars.size());
        GroupedBarChartPainter.Bar first = bars.get(0);
        for (GroupedBarChartPainter.Bar bar : bars) {
            assertEquals(bar.percent() / first.percent(), bar.box().getHeight() / first.box().getHeight(), 1e-9);
            assertTrue(bar.box().getMaxY() <= 420);
        }
    }

    @Test
    void theShadingDarkensWithTheShare() {
        model.industryProperty().set(model.table().industries().get(3));
        ClusterShading shading = model.shading();
        // 19.83 % in the Yangtze River Delta is darker than 2.73 % in Chengdu–Chongqing
        int delta = brightness(shading.colour("yangtze-delta").orElseThrow());
        int chengyu = brightness(shading.colour("chengyu").orElseThrow());
        assertTrue(delta < chengyu, delta + " < " + chengyu);
        assertTrue(shading.colour("greater-bay-area").isEmpty(), "not in Table 2, so not coloured");
    }

    private static int brightness(java.awt.Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }

    @Test
    void revealingAStateOpensItsSection() {
        assertEquals(EvidenceViewModel.Section.TABLE,
                model.reveal("evidence-table2").map(s -> model.sectionProperty().get()).orElseThrow());
        assertEquals(EvidenceViewModel.TableView.MAP, model.tableViewProperty().get());
        model.reveal("evidence-weak-polarised");
        assertEquals(EvidenceViewModel.Section.CLAIMS, model.sectionProperty().get());
        model.reveal("evidence-innovation-network");
        assertEquals(EvidenceViewModel.Section.PATHS, model.sectionProperty().get());
        model.reveal("evidence-figure-gdp-share-west");
        assertEquals(EvidenceViewModel.Section.FIGURES, model.sectionProperty().get());
        assertEquals("evidence-figure-gdp-share-west", model.revealedProperty().get());
        assertTrue(model.reveal("no-such-state").isEmpty());
        assertEquals("evidence-figure-gdp-share-west", model.revealedProperty().get());
    }
}
