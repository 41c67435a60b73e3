// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.util.Locale;

/**
 * The size of a page in millimetres, as printed. Layout happens in points (1/72 inch), the map inside it
 * in CSS pixels (1/96 inch), and a raster in device pixels: paper × DPI, rounded.
 */
public record PageSize(double widthMm, double heightMm) {

    /** The smallest and largest side a custom page may have: a postcard's quarter to a large poster. */
    public static final double MIN_MM = 50;
    public static final double MAX_MM = 2000;
    private static final double MM_PER_INCH = 25.4;

    public PageSize {
        if (!(widthMm >= MIN_MM && widthMm <= MAX_MM && heightMm >= MIN_MM && heightMm <= MAX_MM)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a page side must lie between %.0f and %.0f mm: %.1f × %.1f mm", MIN_MM, MAX_MM, widthMm, heightMm));
        }
    }

    public double widthPt() {
        return widthMm / MM_PER_INCH * 72;
    }

    public double heightPt() {
        return heightMm / MM_PER_INCH * 72;
    }

    /** The raster width at a resolution: A4 landscape at 300 DPI is 3508 pixels wide. */
    public int widthPx(int dpi) {
        return (int) Math.round(widthMm / MM_PER_INCH * dpi);
    }

    public int heightPx(int dpi) {
        return (int) Math.round(heightMm / MM_PER_INCH * dpi);
    }

    public boolean landscape() {
        return widthMm > heightMm;
    }
}
