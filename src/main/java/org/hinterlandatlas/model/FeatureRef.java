// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** Points at one thing on the map: a place, a corridor, a circle unit, a city cluster, a region or a flow. */
public record FeatureRef(Kind kind, String id) {

    public enum Kind {
        PLACE, CORRIDOR, UNIT, CLUSTER, REGION, FLOW
    }
}
