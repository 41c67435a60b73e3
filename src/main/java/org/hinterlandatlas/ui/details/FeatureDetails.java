// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.details;

import java.util.List;

/**
 * What the details panel shows about one feature, as plain strings in the interface language.
 *
 * @param rows    labelled facts (rank, type, years …) in display order
 * @param sources the full references, each with where in the source when known
 */
public record FeatureDetails(String kind, String title, String subtitle, List<Row> rows, String description,
                             List<String> sources) {

    public record Row(String label, String value) {
    }

    public FeatureDetails {
        rows = List.copyOf(rows);
        sources = List.copyOf(sources);
    }
}
