// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.geo;

/**
 * The generalisation levels of the base geodata. Each band's geometry is simplified to about half a pixel
 * at its deepest zoom, so a painter never draws more vertices than a screen can show.
 */
public enum ZoomBand {
    LO("lo"), MID("mid"), HI("hi");

    private final String fileSuffix;

    ZoomBand(String fileSuffix) {
        this.fileSuffix = fileSuffix;
    }

    public String fileSuffix() {
        return fileSuffix;
    }

    /** The band for a zoom; fractional zooms take the band of the tiles Gluon Maps shows for them. */
    public static ZoomBand forZoom(double zoom) {
        int tileZoom = tileZoom(zoom);
        if (tileZoom <= 4) {
            return LO;
        }
        return tileZoom <= 6 ? MID : HI;
    }

    /**
     * The integer zoom of the tiles Gluon Maps displays at a fractional zoom: it switches to the next level
     * 0.2 below it (BaseMap.TIPPING).
     */
    public static int tileZoom(double zoom) {
        return (int) Math.floor(zoom + 0.2);
    }
}
