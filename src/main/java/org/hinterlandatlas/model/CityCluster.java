// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/**
 * A city cluster of the national scale, drawn as the provinces it lies in.
 *
 * @param wholeProvinces whether the cluster covers its provinces entirely
 * @param extent         what it is drawn as: its provinces (whole, whatever {@code wholeProvinces} says) or the circle
 * @param anchorPlaceId  the place its label is put at
 */
public record CityCluster(String id, Bilingual name, ClusterRole role, List<String> provinceCodes,
                          boolean wholeProvinces, ClusterExtent extent, String anchorPlaceId,
                          Bilingual description, List<Citation> citations) {

    public CityCluster {
        provinceCodes = List.copyOf(provinceCodes);
        citations = List.copyOf(citations);
    }
}
