// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.util.Objects;

/**
 * What a figure of a table shows besides its map state: which table (the dataset's id), which of its
 * industries, and whether as the grouped bar chart or the map of the clusters' shares. A figure file
 * carries it so that opening the figure returns to that view of the table.
 */
public record TableFigureState(String tableId, String industryId, Kind kind) {

    /** The view of the table on the figure. */
    public enum Kind {
        CHART, MAP
    }

    public TableFigureState {
        Objects.requireNonNull(tableId, "tableId");
        Objects.requireNonNull(industryId, "industryId");
        Objects.requireNonNull(kind, "kind");
    }
}
