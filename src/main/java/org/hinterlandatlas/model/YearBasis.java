// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/**
 * Where a figure's year comes from: the paper states it; it is the date of the source the paper cites for
 * it; or the paper gives none and the figure is as reported in the paper (2024).
 */
public enum YearBasis {
    STATED, SOURCE, PAPER
}
