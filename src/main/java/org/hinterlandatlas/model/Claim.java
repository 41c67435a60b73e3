// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/**
 * One of the paper's strengths or weak links: its heading, what it says, the paper's figures that show
 * it (images whose numbers are not in the text) and the map state that illustrates it.
 *
 * @param figures the numbers of the paper's figures
 * @param tableId the id of a table of the evidence it rests on, or the empty string
 */
public record Claim(String id, ClaimKind kind, Bilingual title, Bilingual text, List<Integer> figures,
                    String tableId, MapState state, List<Citation> citations) {

    public Claim {
        figures = List.copyOf(figures);
        citations = List.copyOf(citations);
    }
}
