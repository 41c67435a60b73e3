// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

/**
 * How the window shares its width between the narrative, the map and the map tools, for every size a
 * classroom has (1024×768 to 3840×2160). From {@link #DOCKED_FROM} pixels wide both panels stand beside the
 * map at their full widths. Below it the map keeps at least {@link #MAP_SHARE} of the width: the narrative
 * stands beside it at most the rest wide, and the tools become a drawer over the map's right edge, closed
 * until asked for; with the tools closed the map carries its own legend and details cards.
 *
 * @param docked         whether the tools stand beside the map rather than in a drawer over it
 * @param narrativeWidth the narrative's width when shown
 * @param toolsWidth     the tools' width, beside the map or as a drawer
 */
public record ShellLayout(boolean docked, double narrativeWidth, double toolsWidth) {

    /** The narrowest window that docks both panels at their full widths. */
    public static final double DOCKED_FROM = 1400;
    /** The least share of a narrow window's width the map keeps. */
    public static final double MAP_SHARE = 0.7;
    public static final double NARRATIVE_WIDTH = 420;
    public static final double TOOLS_WIDTH = 330;
    /** The heights of the menu bar and the status bar, which the window fixes so the map's height is known. */
    public static final double MENU_HEIGHT = 28;
    public static final double STATUS_HEIGHT = 28;

    public static ShellLayout forWidth(double windowWidth) {
        if (windowWidth >= DOCKED_FROM) {
            return new ShellLayout(true, NARRATIVE_WIDTH, TOOLS_WIDTH);
        }
        return new ShellLayout(false, Math.floor(Math.min(NARRATIVE_WIDTH, windowWidth * (1 - MAP_SHARE))),
                TOOLS_WIDTH);
    }

    /** The map's width in a window this wide with the narrative shown and the tools shown (docked) or closed. */
    public double mapWidth(double windowWidth, boolean narrativeShown, boolean toolsShown) {
        double width = windowWidth - (narrativeShown ? narrativeWidth : 0);
        return docked && toolsShown ? width - toolsWidth : width;
    }

    /** The map's height in a window's scene this high. */
    public static double mapHeight(double windowHeight) {
        return windowHeight - MENU_HEIGHT - STATUS_HEIGHT;
    }
}
