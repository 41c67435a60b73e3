// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.util.Map;
import java.util.Set;

/**
 * Which Natural Earth admin-0 units are neighbours, and the corrections to their Chinese names.
 */
final class CountryNames {
    /**
     * Units that make up China's outline (SOURCES.md step 10): drawn by the {@code china} layer,
     * never as countries. PGA is the Spratly unit that NE v5.1.2 mislabels 威克岛 (Wake Island).
     */
    static final Set<String> PART_OF_CHINA = Set.of("CHN", "TWN", "HKG", "MAC", "PGA", "SCR");

    /**
     * NE NAME_ZH gives some countries' formal long names; maps of China label them with the common
     * short name. All other NE NAME_ZH values in the staged extract are already Simplified Chinese.
     */
    private static final Map<String, String> ZH_OVERRIDES = Map.of(
            "KOR", "韩国",
            "PRK", "朝鲜");

    private CountryNames() {
    }

    static String nameZh(String adm0, String neNameZh) {
        String zh = ZH_OVERRIDES.getOrDefault(adm0, neNameZh);
        if (zh == null || zh.isBlank()) {
            throw new IllegalStateException("no Chinese name for " + adm0);
        }
        return zh;
    }
}
