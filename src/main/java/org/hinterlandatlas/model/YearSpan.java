// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** The years a phase spans, both included; {@code to} is the present for a phase still under way. */
public record YearSpan(int from, int to) {

    public YearSpan {
        if (to < from) {
            throw new IllegalArgumentException("a span cannot end (" + to + ") before it begins (" + from + ")");
        }
    }

    public boolean overlaps(double fromYear, double toYear) {
        return from <= toYear && to + 1 >= fromYear;
    }
}
