// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/**
 * An event of the policy timeline: a row of the paper's Table 1 (time, event or meeting, statement, all as
 * printed) or a milestone the paper names elsewhere.
 *
 * @param date      "YYYY" or "YYYY-MM", for the time axis
 * @param time      the time as the paper writes it ("2019年4月")
 * @param statement the statement, a quotation for Table 1 rows
 * @param table1    whether the event is a row of Table 1
 */
public record TimelineEvent(String id, String date, Bilingual time, Bilingual event, Bilingual statement,
                            boolean table1, MapState state, List<Citation> citations) {

    public TimelineEvent {
        citations = List.copyOf(citations);
    }

    /** The date as a fractional year: the middle of its month, or of its year when no month is given. */
    public double year() {
        int year = Integer.parseInt(date.substring(0, 4));
        if (date.length() >= 7) {
            return year + (Integer.parseInt(date.substring(5, 7)) - 0.5) / 12.0;
        }
        return year + 0.5;
    }
}
