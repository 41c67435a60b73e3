// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render.quiz;

import java.util.List;
import java.util.Objects;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;

/**
 * One feature a quiz can ask about: what it is, its name and where it lies (one point for a place, the
 * points of its line for a corridor).
 */
public record QuizItem(FeatureRef ref, Bilingual name, List<GeoPoint> shape) {

    public QuizItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        shape = List.copyOf(shape);
        if (shape.isEmpty()) {
            throw new IllegalArgumentException("a quiz item needs a location: " + ref);
        }
    }
}
