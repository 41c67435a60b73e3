// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * One row of the window's command table: what a menu shows and the shortcuts sheet lists. The first key of
 * an action is its menu item's accelerator, the others further keys for the same command (Shortcut+Plus as
 * well as Shortcut+=); {@code otherKeys} names keys another part of the window handles (the story's arrows).
 */
public sealed interface Command {

    MenuSection section();

    /** The keys as the shortcuts sheet writes them, if the command has any. */
    default Optional<String> keysText() {
        return Optional.empty();
    }

    /** What the shortcuts sheet calls the command. */
    default String label() {
        return "";
    }

    /** A menu item that runs an action. */
    record Action(MenuSection section, String id, String label, List<KeyCombination> keys, String otherKeys,
                  Runnable action) implements Command {
        @Override
        public Optional<String> keysText() {
            // the keypad's + and - are written like the main keys'; each is named once
            List<String> texts = new ArrayList<>(keys.stream().map(KeyCombination::getDisplayText).distinct().toList());
            if (otherKeys != null) {
                texts.add(otherKeys);
            }
            return texts.isEmpty() ? Optional.empty() : Optional.of(String.join("  /  ", texts));
        }
    }

    /** A check item that shows and changes a property. */
    record Toggle(MenuSection section, String id, String label, KeyCombination key, BooleanProperty property)
            implements Command {
        @Override
        public Optional<String> keysText() {
            return Optional.ofNullable(key).map(KeyCombination::getDisplayText);
        }
    }

    /** One of a set of radio items in a submenu of the section: the language, the theme. */
    record Choice(MenuSection section, String submenu, String id, String label, boolean selected, Runnable action)
            implements Command {
    }

    /**
     * A submenu whose items change as the teacher works (the recent lessons): made afresh each time its menu
     * opens, as the table itself is built once per window.
     */
    record Listing(MenuSection section, String id, String label, Supplier<List<MenuItem>> items) implements Command {
    }

    /** A line between groups of items in the menu. */
    record Separator(MenuSection section) implements Command {
    }

    /** Keys with no menu item, such as the arrows that pan the map; listed on the shortcuts sheet only. */
    record KeysOnly(MenuSection section, String label, String keys) implements Command {
        @Override
        public Optional<String> keysText() {
            return Optional.of(keys);
        }
    }
}
