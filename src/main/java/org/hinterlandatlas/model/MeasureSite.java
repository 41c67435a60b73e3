// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.Optional;

/**
 * A place a measure names, located at a feature of the map with the precision of that location, or not
 * located when the paper gives no place for it.
 *
 * @param at        the feature it is shown at, or null when it is not located
 * @param precision how exactly that feature locates it (only for places), or null
 */
public record MeasureSite(Bilingual name, FeatureRef at, Precision precision) {

    public Optional<FeatureRef> location() {
        return Optional.ofNullable(at);
    }

    public Optional<Precision> locatedWith() {
        return Optional.ofNullable(precision);
    }
}
