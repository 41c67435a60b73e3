// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that Table 2's shares agree with its counts. The table prints no national totals, so a cluster's
 * share cannot be recomputed alone; but all clusters share one national total per industry. Each printed
 * share s ± r of a cluster with n projects bounds that total to (n / (s + r), n / (s − r)); the shares are
 * consistent within rounding when one total lies in every cluster's bounds.
 */
public final class ShareConsistency {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ShareConsistency() {
    }

    /** The national totals one cluster's count and printed share allow. */
    public record Bounds(String clusterId, BigDecimal low, BigDecimal high) {
    }

    public static List<Bounds> bounds(ProjectTable table, int industry) {
        List<Bounds> bounds = new ArrayList<>();
        for (ProjectTable.Block block : table.clusters()) {
            ProjectTable.Share share = block.shares().get(industry);
            BigDecimal count = BigDecimal.valueOf(block.total(industry));
            BigDecimal upper = share.percent().add(share.rounding()).divide(HUNDRED, PRECISION);
            BigDecimal lower = share.percent().subtract(share.rounding()).divide(HUNDRED, PRECISION);
            BigDecimal low = count.divide(upper, PRECISION);
            BigDecimal high = lower.signum() > 0 ? count.divide(lower, PRECISION) : BigDecimal.valueOf(Long.MAX_VALUE);
            bounds.add(new Bounds(block.clusterId(), low, high));
        }
        return bounds;
    }

    /**
     * The cluster whose share disagrees with the others in one industry, or empty when one national total
     * fits them all. When several disagree, the first one that leaves the rest consistent is named.
     */
    public static Optional<String> inconsistentCluster(ProjectTable table, int industry) {
        List<Bounds> all = bounds(table, industry);
        if (consistent(all)) {
            return Optional.empty();
        }
        for (Bounds suspect : all) {
            List<Bounds> others = new ArrayList<>(all);
            others.remove(suspect);
            if (consistent(others)) {
                return Optional.of(suspect.clusterId());
            }
        }
        return Optional.of(all.get(0).clusterId());
    }

    /** The bounds meet in a common total: the largest lower bound is below the smallest upper bound. */
    private static boolean consistent(List<Bounds> bounds) {
        BigDecimal low = bounds.stream().map(Bounds::low).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal high = bounds.stream().map(Bounds::high).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return bounds.isEmpty() || low.compareTo(high) < 0;
    }
}
