// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.hinterlandatlas.ui.prefs.AtlasPreferences;

/** The window opens where it was closed, if that place is still on one of the screens, and fits that screen. */
final class WindowPlaces {

    /** How much of the title bar must be on a screen for the remembered place to be used. */
    private static final double VISIBLE = 64;

    private WindowPlaces() {
    }

    static void restore(Stage stage, AtlasPreferences preferences) {
        preferences.windowPlace().ifPresent(place -> {
            // a screen unplugged since (the classroom's projector) must not leave the window out of sight
            List<Screen> screens = Screen.getScreensForRectangle(place.x(), place.y(), Math.min(place.width(), VISIBLE),
                    VISIBLE);
            if (!screens.isEmpty()) {
                // the window left on a larger screen (a 1920 monitor) is made to fit this one (a 1280 projector)
                Rectangle2D bounds = screens.get(0).getVisualBounds();
                double width = Math.min(place.width(), bounds.getWidth());
                double height = Math.min(place.height(), bounds.getHeight());
                stage.setX(Math.max(bounds.getMinX(), Math.min(place.x(), bounds.getMaxX() - width)));
                stage.setY(Math.max(bounds.getMinY(), Math.min(place.y(), bounds.getMaxY() - height)));
                stage.setWidth(width);
                stage.setHeight(height);
            }
            stage.setMaximized(place.maximised());
        });
    }

    static void remember(Stage stage, AtlasPreferences preferences) {
        if (!stage.isFullScreen() && Double.isFinite(stage.getWidth()) && stage.getWidth() > 0) {
            preferences.setWindowPlace(new AtlasPreferences.WindowPlace(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
    }
}
