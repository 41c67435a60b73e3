// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.ink;

/** What a drag (or a click, for text) on the map does while ink mode is on. */
public enum InkTool {
    PEN, HIGHLIGHTER, LINE, ARROW, TEXT, ERASER
}
