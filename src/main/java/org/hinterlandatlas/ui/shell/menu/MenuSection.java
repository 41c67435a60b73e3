// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell.menu;

/** The window's menus, in the order of the menu bar; the shortcuts sheet groups its rows the same way. */
public enum MenuSection {
    FILE("menu.file"),
    EDIT("menu.edit"),
    VIEW("menu.view"),
    GO("menu.go"),
    HELP("menu.help");

    private final String messageKey;

    MenuSection(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of the menu's title in the interface strings. */
    public String messageKey() {
        return messageKey;
    }
}
