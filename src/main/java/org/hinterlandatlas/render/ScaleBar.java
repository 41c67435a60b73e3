// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

/**
 * A scale bar's length: the longest round distance (1, 2 or 5 × 10^n km) that fits in the space given.
 *
 * @param kilometres the distance the bar stands for
 * @param pixels     its length on the surface
 */
public record ScaleBar(double kilometres, double pixels) {

    private static final double[] STEPS = {1, 2, 5};

    public static ScaleBar fitting(double metresPerPixel, double maxPixels) {
        double maxKm = maxPixels * metresPerPixel / 1000.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(maxKm)));
        double best = magnitude;
        for (double step : STEPS) {
            if (step * magnitude <= maxKm) {
                best = step * magnitude;
            }
        }
        return new ScaleBar(best, best * 1000.0 / metresPerPixel);
    }

    /** "50 km", or "0.5 km" below one kilometre. */
    public String label() {
        return (kilometres >= 1 ? String.valueOf(Math.round(kilometres)) : String.valueOf(kilometres)) + " km";
    }
}
