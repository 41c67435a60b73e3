// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/** A concrete measure of one of the paper's paths (§四), with the places it names and its map state. */
public record PathMeasure(String id, Bilingual title, Bilingual text, List<MeasureSite> sites, MapState state,
                          List<Citation> citations) {

    public PathMeasure {
        sites = List.copyOf(sites);
        citations = List.copyOf(citations);
    }
}
