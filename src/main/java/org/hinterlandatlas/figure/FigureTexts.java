// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.util.function.UnaryOperator;

/**
 * The words on a figure, already in its language: the caller resolves them from the interface strings, so
 * this package stays free of the interface.
 *
 * @param sources     the line naming the paper the content follows
 * @param credits     the base data credits (Natural Earth, GeoNames CC BY 4.0, Apache ECharts maps)
 * @param notice      示意图，非标准地图 or its translation
 * @param legendTitle the heading of the legend box
 * @param northLetter the letter over the north arrow
 * @param insetCaption the caption of the South China Sea inset
 * @param text        turns a legend entry's message key into its text
 */
public record FigureTexts(String sources, String credits, String notice, String legendTitle, String northLetter,
                          String insetCaption, UnaryOperator<String> text) {
}
