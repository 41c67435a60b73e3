// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import javafx.stage.Screen;
import javafx.stage.Stage;
import org.hinterlandatlas.ui.prefs.AtlasPreferences;

/** The window opens where it was closed, if that place is still on one of the screens. */
final class WindowPlaces {

    /** How much of the title bar must be on a screen for the remembered place to be used. */
    private static final double VISIBLE = 64;

    private WindowPlaces() {
    }

    static void restore(Stage stage, AtlasPreferences preferences) {
        preferences.windowPlace().ifPresent(place -> {
            // a screen unplugged since (the classroom's projector) must not leave the window out of sight
            boolean onScreen = !Screen.getScreensForRectangle(place.x(), place.y(), Math.min(place.width(), VISIBLE),
                    VISIBLE).isEmpty();
            if (onScreen) {
                stage.setX(place.x());
                stage.setY(place.y());
                stage.setWidth(place.width());
                stage.setHeight(place.height());
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
