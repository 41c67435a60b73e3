// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/**
 * A movement the sources name, from one end to the other: the government moving to Chongqing in 1937, the
 * Third Front taking industry inland, industry transferred from the eastern coast today. Drawn as an arrow
 * on the flows layer.
 *
 * @param period when, as the sources say it ("1937年", "1964—1980年"); empty when they give no time
 */
public record Flow(String id, FlowKind kind, Bilingual name, Bilingual period, FlowEnd from, FlowEnd to,
                   Bilingual description, List<Citation> citations) {

    public Flow {
        citations = List.copyOf(citations);
    }
}
