// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell.menu;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.hinterlandatlas.words.Messages;

/** Help ▸ Keyboard shortcuts: every key of the command table, menu by menu, written as the menus write it. */
public final class ShortcutSheet {

    private ShortcutSheet() {
    }

    /** The sheet's content: a heading per menu, then one row per command that has keys. */
    public static GridPane content(List<Command> commands, Messages messages) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.getStyleClass().add("shortcut-sheet");
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 8, 4, 8));
        int row = 0;
        for (MenuSection section : MenuSection.values()) {
            List<Command> keyed = commands.stream()
                    .filter(command -> command.section() == section && command.keysText().isPresent()).toList();
            if (keyed.isEmpty()) {
                continue;
            }
            Label heading = new Label(messages.get(section.messageKey()));
            heading.getStyleClass().add("shortcut-heading");
            heading.setAccessibleRole(AccessibleRole.TEXT);
            GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
            grid.add(heading, 0, row++, 2, 1);
            for (Command command : keyed) {
                Label what = new Label(command.label());
                Label keys = new Label(command.keysText().orElseThrow());
                keys.getStyleClass().add("shortcut-keys");
                // a screen reader reads the row as one: the command, then its keys
                what.setAccessibleText(command.label() + ": " + keys.getText());
                keys.setAccessibleText(command.label() + ": " + keys.getText());
                grid.addRow(row++, what, keys);
            }
        }
        return grid;
    }

    /** Shows the sheet over the window; it closes with its button or Esc. */
    public static void show(Window owner, List<Command> commands, Messages messages) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("shortcuts.title"));
        dialog.setHeaderText(null);
        ScrollPane scroll = new ScrollPane(content(commands, messages));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(560);
        dialog.getDialogPane().setContent(scroll);
        // JavaFX would name the button in the system's language, not the atlas's
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
            // the theme's rules hang on the window's root class; the dialog's pane carries it too
            owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                    .forEach(dialog.getDialogPane().getStyleClass()::add);
        }
        dialog.show();
    }
}
