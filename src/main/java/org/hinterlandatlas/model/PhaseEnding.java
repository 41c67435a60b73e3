// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/**
 * A feature of an earlier phase that the content says ended with this phase, and the source that says so.
 * Without one, what an earlier phase had is carried into the later ones.
 */
public record PhaseEnding(FeatureRef ref, List<Citation> citations) {

    public PhaseEnding {
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("an ending needs a source: " + ref);
        }
    }
}
