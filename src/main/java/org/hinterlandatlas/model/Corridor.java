// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/**
 * A transport corridor drawn schematically through the places it serves.
 *
 * @param opened              year or date it opened, empty when not sourced
 * @param constructionStarted year or date construction started, empty when not sourced
 * @param via                 the ids of the places it passes, in order; {@code path} holds their positions
 */
public record Corridor(String id, Bilingual name, CorridorType type, CorridorStatus status, String opened,
                       String constructionStarted, List<String> via, List<GeoPoint> path, Bilingual description,
                       List<Citation> citations) {

    public Corridor {
        via = List.copyOf(via);
        path = List.copyOf(path);
        citations = List.copyOf(citations);
    }
}
