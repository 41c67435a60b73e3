// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

/** What a figure may carry besides its body; each can be left out. */
public enum Furniture {
    TITLE, LEGEND, SCALE_BAR, NORTH_ARROW, CREDITS, NOTICE
}
