// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

/**
 * The three zoom bands of docs/data-format.md. The tolerance is about half a screen pixel at the
 * band's deepest zoom, so simplification never shows at the zooms the band is used for.
 */
enum Band {
    LO("lo", 0.04),
    MID("mid", 0.01),
    HI("hi", 0.0025);

    final String id;
    final double tolerance;

    Band(String id, double tolerance) {
        this.id = id;
        this.tolerance = tolerance;
    }

    /**
     * Polygon parts and holes smaller than this are dropped: they would be smaller than a pixel and
     * would only add vertices (mostly tiny coastal islets).
     */
    double minPartArea() {
        return tolerance * tolerance;
    }
}
