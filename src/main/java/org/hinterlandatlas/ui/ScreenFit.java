// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The size a secondary window opens at: what it would like, but never larger than the screen its owner is
 * on (less a margin for the desktop's own bars), so that on a 1280 × 800 projector nothing of it is cut off.
 */
public final class ScreenFit {

    private static final double MARGIN = 48;

    private ScreenFit() {
    }

    /** The wanted width and height, each no more than the owner's screen allows. */
    public static double[] size(Window owner, double width, double height) {
        Rectangle2D screen = screenOf(owner);
        return new double[] {Math.min(width, screen.getWidth() - MARGIN), Math.min(height, screen.getHeight() - MARGIN)};
    }

    private static Rectangle2D screenOf(Window owner) {
        if (owner != null && owner.getWidth() > 0) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }
}
