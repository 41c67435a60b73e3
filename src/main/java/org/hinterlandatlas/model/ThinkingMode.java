// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/** One of the four ways of thinking of §四 (战略, 创新, 底线, 极限), its goal and its measures. */
public record ThinkingMode(String id, Bilingual name, Bilingual goal, List<PathMeasure> measures,
                           List<Citation> citations) {

    public ThinkingMode {
        measures = List.copyOf(measures);
        citations = List.copyOf(citations);
    }
}
