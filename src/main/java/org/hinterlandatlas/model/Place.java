// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/**
 * A located place of the thematic layer.
 *
 * @param adminCode the 6-digit code of the prefecture or district it lies in; empty for external places
 */
public record Place(String id, Bilingual name, Tier tier, PlaceRole role, Precision precision, String adminCode,
                    GeoPoint location, Bilingual description, List<Citation> citations) {

    public Place {
        citations = List.copyOf(citations);
    }
}
