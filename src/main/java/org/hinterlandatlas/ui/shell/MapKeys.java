// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.hinterlandatlas.ui.map.AtlasMapView;
import org.hinterlandatlas.ui.story.NarrativeKeys;

/**
 * The map takes the keyboard: Tab (or Esc from the search field, or a found place) gives it the focus,
 * which a ring shows, and while it has it the arrow keys pan it (the story's ← and → then leave it alone;
 * PgUp and PgDn still page the story). A mouse click does not take the focus: a teacher who clicks a city
 * and then presses the clicker's → expects the next step, not a panned map.
 */
final class MapKeys {

    /** A tenth of the map's smaller side per key press, as far as a glance follows. */
    private static final double STEP_SHARE = 0.1;

    private MapKeys() {
    }

    static void install(AtlasMapView map, String accessibleText) {
        map.setFocusTraversable(true);
        // a screen reader announces the map as a picture with its keys; its features are the On the map list
        map.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        map.setAccessibleText(accessibleText);
        map.getProperties().put(NarrativeKeys.OWNS_ARROWS, Boolean.TRUE);
        Region ring = new Region();
        ring.getStyleClass().add("map-focus-ring");
        ring.setMouseTransparent(true);
        ring.visibleProperty().bind(map.focusedProperty());
        map.getChildren().add(ring);
        map.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            double step = STEP_SHARE * Math.min(map.getWidth(), map.getHeight());
            KeyCode code = e.getCode();
            if (code == KeyCode.LEFT) {
                map.panBy(-step, 0);
            } else if (code == KeyCode.RIGHT) {
                map.panBy(step, 0);
            } else if (code == KeyCode.UP) {
                map.panBy(0, -step);
            } else if (code == KeyCode.DOWN) {
                map.panBy(0, step);
            } else {
                return;
            }
            e.consume();
        });
    }
}
