// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

/** Short, locale-free decimal numbers for SVG: fixed places, trailing zeros dropped, never an exponent. */
final class Decimals {

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000};

    private Decimals() {
    }

    static String format(double value, int places) {
        long scale = POWERS[places];
        long scaled = Math.round(value * scale);
        if (scaled == 0) {
            return "0";
        }
        StringBuilder text = new StringBuilder(12);
        if (scaled < 0) {
            text.append('-');
            scaled = -scaled;
        }
        text.append(scaled / scale);
        long fraction = scaled % scale;
        if (fraction != 0) {
            String digits = Long.toString(fraction + scale).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 0, end);
        }
        return text.toString();
    }
}
