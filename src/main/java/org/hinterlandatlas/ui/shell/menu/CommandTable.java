// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell.menu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.hinterlandatlas.words.Messages;

/**
 * Every command of the window in one table, from which both the menu bar and the shortcuts sheet are made,
 * so the sheet can never list a key the menus do not have, or miss one.
 */
public final class CommandTable {

    private final List<Command> commands = new ArrayList<>();

    public CommandTable action(MenuSection section, String id, String label, Runnable action, KeyCombination... keys) {
        commands.add(new Command.Action(section, id, label, List.of(keys), null, action));
        return this;
    }

    /** An action whose keys are handled elsewhere in the window; the menu item itself has no accelerator. */
    public CommandTable actionWithOtherKeys(MenuSection section, String id, String label, String otherKeys,
                                            Runnable action) {
        commands.add(new Command.Action(section, id, label, List.of(), otherKeys, action));
        return this;
    }

    public CommandTable toggle(MenuSection section, String id, String label, BooleanProperty property,
                               KeyCombination key) {
        commands.add(new Command.Toggle(section, id, label, key, property));
        return this;
    }

    public CommandTable choice(MenuSection section, String submenu, String id, String label, boolean selected,
                               Runnable action) {
        commands.add(new Command.Choice(section, submenu, id, label, selected, action));
        return this;
    }

    /** A submenu filled by {@code items} each time its menu opens; it should never be empty (say so instead). */
    public CommandTable listing(MenuSection section, String id, String label, Supplier<List<MenuItem>> items) {
        commands.add(new Command.Listing(section, id, label, items));
        return this;
    }

    public CommandTable separator(MenuSection section) {
        commands.add(new Command.Separator(section));
        return this;
    }

    public CommandTable keysOnly(MenuSection section, String label, String keys) {
        commands.add(new Command.KeysOnly(section, label, keys));
        return this;
    }

    public List<Command> commands() {
        return List.copyOf(commands);
    }

    /** The menu bar: one menu per section that has items, in the sections' order. */
    public MenuBar menuBar(Messages messages) {
        MenuBar bar = new MenuBar();
        for (MenuSection section : MenuSection.values()) {
            Menu menu = new Menu(messages.get(section.messageKey()));
            menu.setId("menu-" + section.name().toLowerCase(Locale.ROOT));
            Map<String, Menu> submenus = new LinkedHashMap<>();
            Map<String, ToggleGroup> groups = new LinkedHashMap<>();
            for (Command command : commands) {
                if (command.section() != section) {
                    continue;
                }
                if (command instanceof Command.Choice choice) {
                    Menu submenu = submenus.computeIfAbsent(choice.submenu(), label -> {
                        Menu created = new Menu(label);
                        menu.getItems().add(created);
                        return created;
                    });
                    submenu.getItems().add(radio(choice, groups.computeIfAbsent(choice.submenu(), s -> new ToggleGroup())));
                } else if (command instanceof Command.Listing listing) {
                    Menu submenu = new Menu(listing.label());
                    submenu.setId(listing.id());
                    submenu.getItems().setAll(listing.items().get());
                    // a submenu without items would not open, so it is filled as its menu opens, not as it does
                    menu.addEventHandler(Menu.ON_SHOWING, e -> submenu.getItems().setAll(listing.items().get()));
                    menu.getItems().add(submenu);
                } else {
                    item(command).ifPresent(menu.getItems()::add);
                }
            }
            if (!menu.getItems().isEmpty()) {
                bar.getMenus().add(menu);
            }
        }
        return bar;
    }

    /**
     * Adds the second and further keys of each action to the scene the node is in, once it is in one: a
     * menu item has only one accelerator.
     */
    public void installFurtherKeys(Node root) {
        root.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                forFurtherKeys((key, action) -> old.getAccelerators().remove(key));
            }
            if (scene != null) {
                addFurtherKeys(scene);
            }
        });
        if (root.getScene() != null) {
            addFurtherKeys(root.getScene());
        }
    }

    private void addFurtherKeys(Scene scene) {
        forFurtherKeys((key, action) -> scene.getAccelerators().put(key, action));
    }

    private void forFurtherKeys(BiConsumer<KeyCombination, Runnable> each) {
        for (Command command : commands) {
            if (command instanceof Command.Action action) {
                action.keys().stream().skip(1).forEach(key -> each.accept(key, action.action()));
            }
        }
    }

    private static Optional<MenuItem> item(Command command) {
        if (command instanceof Command.Action action) {
            MenuItem item = new MenuItem(action.label());
            item.setId(action.id());
            if (!action.keys().isEmpty()) {
                item.setAccelerator(action.keys().get(0));
            }
            item.setOnAction(e -> action.action().run());
            return Optional.of(item);
        }
        if (command instanceof Command.Toggle toggle) {
            CheckMenuItem item = new CheckMenuItem(toggle.label());
            item.setId(toggle.id());
            item.selectedProperty().bindBidirectional(toggle.property());
            item.setAccelerator(toggle.key());
            return Optional.of(item);
        }
        if (command instanceof Command.Separator) {
            return Optional.of(new SeparatorMenuItem());
        }
        return Optional.empty();
    }

    private static RadioMenuItem radio(Command.Choice choice, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(choice.label());
        item.setId(choice.id());
        item.setToggleGroup(group);
        item.setSelected(choice.selected());
        item.setOnAction(e -> choice.action().run());
        return item;
    }
}
