// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Table 2 of the paper — new-product development projects in high-tech manufacturing by city cluster — with
 * every cell as printed and its value. The table, the chart and the cluster map all read this one object.
 */
public record ProjectTable(String id, Bilingual title, Bilingual unit, int year, Bilingual note,
                           List<Industry> industries, List<Block> clusters, List<Citation> citations) {

    public ProjectTable {
        industries = List.copyOf(industries);
        clusters = List.copyOf(clusters);
        citations = List.copyOf(citations);
    }

    /** A column of the table. */
    public record Industry(String id, Bilingual name) {
    }

    /** A cell as printed ("3 499", "—") and its value, null where the table prints "—". */
    public record Count(String printed, Integer value) {

        public int valueOrZero() {
            return value == null ? 0 : value;
        }
    }

    /** A national share as printed ("4.30%") and its value in per cent. */
    public record Share(String printed, BigDecimal percent) {

        /** Half the last printed digit: the share lies within ± this of the exact one. */
        public BigDecimal rounding() {
            return BigDecimal.ONE.movePointLeft(Math.max(percent.scale(), 0)).divide(BigDecimal.valueOf(2));
        }
    }

    /** One province's row. */
    public record Row(String provinceCode, Bilingual name, List<Count> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A city cluster's rows and its national share in each industry. */
    public record Block(String clusterId, Bilingual name, List<Row> rows, List<Share> shares) {

        public Block {
            rows = List.copyOf(rows);
            shares = List.copyOf(shares);
        }

        /** The cluster's projects in one industry: its provinces' cells added up ("—" counts as none). */
        public int total(int industry) {
            return rows.stream().mapToInt(r -> r.cells().get(industry).valueOrZero()).sum();
        }
    }

    public Optional<Industry> industry(String industryId) {
        return industries.stream().filter(i -> i.id().equals(industryId)).findFirst();
    }

    public int indexOf(Industry industry) {
        return industries.indexOf(industry);
    }

    /** Each cluster's printed national share in one industry, in per cent, in the table's order. */
    public Map<String, Double> shares(Industry industry) {
        int column = indexOf(industry);
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Block block : clusters) {
            shares.put(block.clusterId(), block.shares().get(column).percent().doubleValue());
        }
        return shares;
    }

    /** The largest share printed anywhere in the table, in per cent: the common scale of chart and map. */
    public double maxShare() {
        return clusters.stream().flatMap(b -> b.shares().stream())
                .mapToDouble(s -> s.percent().doubleValue()).max().orElse(0);
    }
}
