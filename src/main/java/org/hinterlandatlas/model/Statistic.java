// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A key figure the paper states, with its unit, year and source.
 *
 * @param strengthId the comparative advantage (a {@link Claim}) the figure supports
 * @param figure     the number of the paper's figure that shows it in full, or 0
 * @param about      the places, corridors or areas it is about; empty when it is about the whole region
 */
public record Statistic(String id, String strengthId, Bilingual label, BigDecimal value, StatUnit unit,
                        Qualifier qualifier, int year, YearBasis yearBasis, int figure, List<FeatureRef> about,
                        List<Citation> citations) {

    public Statistic {
        Objects.requireNonNull(value, "value");
        about = List.copyOf(about);
        citations = List.copyOf(citations);
    }
}
