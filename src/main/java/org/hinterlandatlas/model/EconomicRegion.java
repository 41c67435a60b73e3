// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/**
 * One of the four economic regions; the central and western ones together form the inland hinterland.
 */
public record EconomicRegion(String id, Bilingual name, boolean hinterland, List<String> provinceCodes,
                             List<Citation> citations) {

    public EconomicRegion {
        provinceCodes = List.copyOf(provinceCodes);
        citations = List.copyOf(citations);
    }
}
