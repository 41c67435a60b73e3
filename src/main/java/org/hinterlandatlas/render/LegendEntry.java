// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

/**
 * One row of the legend: what symbol it shows and the message key of its text. The keys are resolved by
 * the caller, so the same legend reads in either language on screen and on paper.
 *
 * @param variant the tier, role, corridor type or cluster role the symbol shows, or empty
 */
public record LegendEntry(Symbol symbol, String variant, String messageKey) {

    public enum Symbol {
        NODE, PLACE_ROLE, CORRIDOR, CORRIDOR_UNDER_CONSTRUCTION, CIRCLE_OUTLINE, CIRCLE_FULL, CIRCLE_PARTIAL,
        FLOW, FLOW_SOURCE, CLUSTER, HINTERLAND, NATIONAL_BORDER, PROVINCE_LINE, PREFECTURE_LINE, RIVER, LAKE
    }
}
