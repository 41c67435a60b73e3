// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;
import java.util.Optional;

/**
 * A phase of the region's strategic position (§二(一), §一(三)): when, what happened, which features stood
 * for it and in what role, and the map that shows it.
 *
 * @param period the phase's time as the text says it ("唐宋时期", "1964—1980")
 * @param years  the span on the time axis, empty when the sources give no years
 * @param ends   features of earlier phases that end with this one, as the content says (with a source)
 */
public record Phase(String id, Bilingual title, Bilingual period, Optional<YearSpan> years, Bilingual narrative,
                    List<PhaseFeature> features, List<PhaseEnding> ends, MapState state, List<Citation> citations) {

    public Phase {
        features = List.copyOf(features);
        ends = List.copyOf(ends);
        citations = List.copyOf(citations);
    }
}
