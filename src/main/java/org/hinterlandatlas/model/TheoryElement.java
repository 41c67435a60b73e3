// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/**
 * One element of the centre–periphery structure of §一(二): the economic centre as point, the network as
 * line, the hinterland as surface; its map state highlights what stands for it on the map.
 *
 * @param id "point", "line" or "surface"
 */
public record TheoryElement(String id, Bilingual name, Bilingual text, MapState state, List<Citation> citations) {

    public TheoryElement {
        citations = List.copyOf(citations);
    }
}
