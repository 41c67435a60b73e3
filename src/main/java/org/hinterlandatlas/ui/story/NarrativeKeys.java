// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The presentation keys: ← and PgUp go back a step, → and PgDn forward — what clickers send. They are
 * caught on the window's root before any control sees them, so they work wherever the focus is, except
 * in controls that need those keys themselves: text fields move the caret, sliders and lists move their
 * value or selection, combo boxes and spinners their choice.
 */
public final class NarrativeKeys {

    /**
     * A node property: a node that holds it as {@code true} (the map) uses ← and → itself while focused, so
     * they do not page the story then.
     */
    public static final String OWNS_ARROWS = "narrative-keys.owns-arrows";

    private NarrativeKeys() {
    }

    /** Installs the keys on a window's root node (a filter, so a focused button cannot swallow them). */
    public static void install(Node root, StepNavigator navigator) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
                return;
            }
            Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (isBack(event.getCode()) && !needsKey(focused, event.getCode())) {
                navigator.previous();
                event.consume();
            } else if (isForward(event.getCode()) && !needsKey(focused, event.getCode())) {
                navigator.next();
                event.consume();
            }
        });
    }

    static boolean isBack(KeyCode code) {
        return code == KeyCode.LEFT || code == KeyCode.PAGE_UP;
    }

    static boolean isForward(KeyCode code) {
        return code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN;
    }

    /** Whether the focused control uses this key itself, so the narrative must leave it alone. */
    static boolean needsKey(Node focused, KeyCode code) {
        if (focused == null) {
            return false;
        }
        if (focused instanceof TextInputControl || focused instanceof Slider || focused instanceof ScrollBar
                || focused instanceof Spinner || focused instanceof ComboBoxBase) {
            return true;
        }
        boolean paging = code == KeyCode.PAGE_UP || code == KeyCode.PAGE_DOWN;
        if (!paging && Boolean.TRUE.equals(focused.getProperties().get(OWNS_ARROWS))) {
            return true;
        }
        boolean list = focused instanceof ListView || focused instanceof TableView || focused instanceof TreeView;
        // lists page with PgUp/PgDn; a horizontal list also moves with the arrows
        return list && (paging || (focused instanceof ListView<?> view
                && view.getOrientation() == Orientation.HORIZONTAL));
    }
}
