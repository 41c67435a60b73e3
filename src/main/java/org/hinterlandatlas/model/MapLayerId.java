// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The layers a teacher can switch on and off, in painting order. Base layers are painted into the map
 * tiles; the others into the interactive overlay above them.
 */
public enum MapLayerId {
    PROVINCES(true, 0, 99), PREFECTURES(true, 5, 99), RIVERS(true, 0, 99), LAKES(true, 0, 99),
    HINTERLAND(false, 0, 6), CLUSTERS(false, 0, 6.5), CIRCLE(false, 0, 99), CORRIDORS(false, 0, 99),
    FLOWS(false, 0, 99), NODES(false, 0, 99), HISTORY(false, 0, 99);

    private final boolean base;
    private final double minZoom;
    private final double maxZoom;

    /**
     * The zoom range is part of the cartography: the national-scale layers (hinterland, clusters) would
     * cover the whole circle view in one tint, and prefecture boundaries are noise at national scale.
     */
    MapLayerId(boolean base, double minZoom, double maxZoom) {
        this.base = base;
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
    }

    /**
     * The layers a map starts with and a named view shows: all but the historical sites and the flows, which
     * only the steps about them switch on (or a teacher, in the layer list).
     */
    public static Set<MapLayerId> defaults() {
        return EnumSet.complementOf(EnumSet.of(HISTORY, FLOWS));
    }

    public boolean isBase() {
        return base;
    }

    /** Whether the layer is drawn at this zoom (when it is switched on). */
    public boolean shownAt(double zoom) {
        return zoom >= minZoom && zoom < maxZoom;
    }
}
