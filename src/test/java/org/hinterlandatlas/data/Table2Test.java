// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.model.ShareConsistency;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/**
 * Table 2 as shipped is the paper's Table 2, cell for cell (the expected cells are typed in from the paper,
 * 龚勤林、宋明蔚 2024, p. 30), and its shares agree with its counts within rounding.
 */
class Table2Test {

    private static final String[] INDUSTRIES = {"医药", "电子及通信设备", "计算机及办公设备", "医疗仪器设备及仪器仪表", "信息化学品"};

    /** Region, province, then the five cells, as printed; a "全国占比" row closes each region. */
    private static final String[][] PRINTED = {
        {"成渝地区", "四川", "3 499", "4 228", "345", "1 334", "6"},
        {"", "重庆", "1 328", "2 003", "750", "1 453", "6"},
        {"", "全国占比", "4.30%", "2.46%", "3.55%", "2.73%", "0.88%"},
        {"京津冀", "北京", "2 522", "2 841", "431", "2 602", "—"},
        {"", "天津", "1 129", "1 735", "247", "974", "—"},
        {"", "河北", "1 857", "1 385", "141", "1 411", "63"},
        {"", "全国占比", "4.91%", "2.35%", "2.65%", "4.88%", "4.65%"},
        {"长三角", "上海", "1 691", "2 554", "209", "2 118", "5"},
        {"", "浙江", "5 801", "14 676", "1 228", "7 621", "87"},
        {"", "江苏", "5 959", "15 889", "1 416", "9 503", "123"},
        {"", "安徽", "2 164", "4 914", "642", "1 010", "13"},
        {"", "全国占比", "13.91%", "15.01%", "11.33%", "19.83%", "16.81%"},
        {"长江中游城市群", "湖北", "2 366", "2 750", "139", "996", "62"},
        {"", "湖南", "2 314", "4 302", "292", "1 817", "4"},
        {"", "江西", "1 941", "6 601", "222", "829", "46"},
        {"", "全国占比", "5.90%", "5.39%", "2.12%", "3.57%", "8.26%"},
    };

    private final ProjectTable table = ShippedAtlas.atlas().content().evidence().table2();

    @Test
    void everyCellIsAsPrintedInThePaper() {
        assertEquals("2022年主要城市群高技术制造业新产品开发项目数", table.title().zh());
        assertEquals("项", table.unit().zh());
        assertEquals(2022, table.year());
        assertEquals(List.of(INDUSTRIES), table.industries().stream().map(i -> i.name().zh()).toList());
        List<String[]> shipped = new ArrayList<>();
        for (ProjectTable.Block block : table.clusters()) {
            boolean first = true;
            for (ProjectTable.Row row : block.rows()) {
                List<String> cells = new ArrayList<>(List.of(first ? block.name().zh() : "", row.name().zh()));
                row.cells().forEach(c -> cells.add(c.printed()));
                shipped.add(cells.toArray(String[]::new));
                first = false;
            }
            List<String> shares = new ArrayList<>(List.of("", "全国占比"));
            block.shares().forEach(s -> shares.add(s.printed()));
            shipped.add(shares.toArray(String[]::new));
        }
        assertEquals(PRINTED.length, shipped.size());
        for (int r = 0; r < PRINTED.length; r++) {
            assertEquals(List.of(PRINTED[r]), List.of(shipped.get(r)), "row " + (r + 1));
        }
    }

    @Test
    void theValuesAreTheNumbersPrinted() {
        ProjectTable.Block chengyu = table.clusters().get(0);
        assertEquals(3499, chengyu.rows().get(0).cells().get(0).value());
        assertEquals(3499 + 1328, chengyu.total(0));
        assertEquals(4.30, chengyu.shares().get(0).percent().doubleValue(), 1e-9);
        ProjectTable.Count beijingChemicals = table.clusters().get(1).rows().get(0).cells().get(4);
        assertEquals(null, beijingChemicals.value(), "a dash is no figure, not zero");
        assertEquals(63, table.clusters().get(1).total(4), "the dashes add nothing");
    }

    @Test
    void eachClustersShareAgreesWithItsProvincesWithinRounding() {
        for (int industry = 0; industry < table.industries().size(); industry++) {
            assertEquals(java.util.Optional.empty(), ShareConsistency.inconsistentCluster(table, industry),
                    INDUSTRIES[industry]);
            // and the national total they imply is one number that fits every cluster
            List<ShareConsistency.Bounds> bounds = ShareConsistency.bounds(table, industry);
            double low = bounds.stream().mapToDouble(b -> b.low().doubleValue()).max().orElseThrow();
            double high = bounds.stream().mapToDouble(b -> b.high().doubleValue()).min().orElseThrow();
            assertTrue(low < high, INDUSTRIES[industry] + ": " + low + " .. " + high);
        }
    }

    @Test
    void aShareOffByOneInTheLastDigitIsCaught() {
        // 4.30 % of pharmaceuticals in Chengdu–Chongqing printed as 4.40 %: the total it implies fits no other cluster
        ProjectTable.Block chengyu = table.clusters().get(0);
        List<ProjectTable.Share> shares = new ArrayList<>(chengyu.shares());
        shares.set(0, new ProjectTable.Share("4.40%", new java.math.BigDecimal("4.40")));
        List<ProjectTable.Block> blocks = new ArrayList<>(table.clusters());
        blocks.set(0, new ProjectTable.Block(chengyu.clusterId(), chengyu.name(), chengyu.rows(), shares));
        ProjectTable wrong = new ProjectTable(table.id(), table.title(), table.unit(), table.year(), table.note(),
                table.industries(), blocks, table.citations());
        assertEquals(java.util.Optional.of("chengyu"), ShareConsistency.inconsistentCluster(wrong, 0));
        assertEquals(java.util.Optional.empty(), ShareConsistency.inconsistentCluster(wrong, 1));
    }
}
