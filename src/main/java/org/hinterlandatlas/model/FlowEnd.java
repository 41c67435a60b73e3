// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.Objects;

/**
 * One end of a flow: the feature it starts or ends at, the name the source gives that end ("沿海地区" for the
 * eastern region), and the point the schematic arrow touches — the place itself, or a point inside an area.
 */
public record FlowEnd(FeatureRef ref, Bilingual name, GeoPoint at) {

    public FlowEnd {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
    }

    /** Whether the end is an area (a region or a cluster) rather than a place. */
    public boolean isArea() {
        return ref.kind() != FeatureRef.Kind.PLACE;
    }
}
