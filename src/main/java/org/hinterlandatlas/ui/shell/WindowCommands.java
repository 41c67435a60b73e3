// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.NamedView;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.classroom.lesson.LessonActions;
import org.hinterlandatlas.ui.classroom.lesson.RecentLessonsMenu;
import org.hinterlandatlas.ui.figure.FigureActions;
import org.hinterlandatlas.ui.classroom.present.PresentationMode;
import org.hinterlandatlas.ui.map.AtlasMapView;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.ui.search.PlaceSearchField;
import org.hinterlandatlas.ui.shell.menu.CommandTable;
import org.hinterlandatlas.ui.shell.menu.MenuSection;
import org.hinterlandatlas.ui.shell.menu.ShortcutSheet;
import org.hinterlandatlas.ui.story.StepNavigator;
import org.hinterlandatlas.ui.theme.Theme;

/**
 * The window's commands — File, Edit, View, Go, Help — as one table, with the usual keys: the menus and the
 * keyboard shortcuts sheet are both made from it.
 */
final class WindowCommands {

    /** What the commands act on; the window supplies it, the presentation made when first started. */
    record Targets(MapViewModel model, AtlasMapView map, FigureActions figures, StepNavigator navigator,
                   BooleanProperty narrativeShown, BooleanProperty toolsShown, Consumer<Language> switchLanguage,
                   PlaceSearchField search, DesktopActions desktop, Runnable quit, Runnable about, Supplier<Window> window,
                   LessonActions lessons, Runnable quiz, BooleanProperty inkShown,
                   Supplier<PresentationMode> presentation) {
    }

    private WindowCommands() {
    }

    static CommandTable table(Targets t, Messages messages) {
        CommandTable table = new CommandTable();
        file(table, t, messages);
        edit(table, t, messages);
        view(table, t, messages);
        go(table, t, messages);
        help(table, t, messages);
        return table;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static void file(CommandTable table, Targets t, Messages messages) {
        MenuSection file = MenuSection.FILE;
        table.action(file, "menu-open-figure", messages.get("figure.menu.open"), t.figures()::openFigure,
                        shortcut(KeyCode.O))
                .action(file, "menu-export", messages.get("figure.menu.export"),
                        () -> t.figures().export(FigureFormat.PDF), shortcut(KeyCode.E))
                .action(file, "menu-print", messages.get("figure.menu.print"), t.figures()::print, shortcut(KeyCode.P))
                .action(file, "menu-export-pack", messages.get("pack.menu.export"), t.figures()::exportPrintPack)
                .separator(file)
                .action(file, "menu-lesson-new", messages.get("lesson.menu.new"), t.lessons()::newLesson)
                .action(file, "menu-lesson-open", messages.get("lesson.menu.open"), t.lessons()::open,
                        new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
                .listing(file, "menu-lesson-recent", messages.get("lesson.menu.recent"),
                        () -> RecentLessonsMenu.items(t.lessons(), messages))
                .action(file, "menu-lesson-default", messages.get("lesson.menu.openDefault"), t.lessons()::openDefault)
                .action(file, "menu-lesson-save", messages.get("lesson.menu.save"), () -> t.lessons().save(),
                        shortcut(KeyCode.S))
                .action(file, "menu-lesson-save-as", messages.get("lesson.menu.saveAs"), () -> t.lessons().saveAs(),
                        new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
                .separator(file)
                .action(file, "menu-quit", messages.get("menu.file.quit"), t.quit(), shortcut(KeyCode.Q));
    }

    private static void edit(CommandTable table, Targets t, Messages messages) {
        table.action(MenuSection.EDIT, "menu-lesson-undo", messages.get("lesson.menu.undo"), t.lessons().lessons()::undo,
                        shortcut(KeyCode.Z))
                .action(MenuSection.EDIT, "menu-lesson-redo", messages.get("lesson.menu.redo"), t.lessons().lessons()::redo,
                        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
                .separator(MenuSection.EDIT)
                .action(MenuSection.EDIT, "menu-find", messages.get("menu.edit.find"), t.search()::focusForTyping,
                        shortcut(KeyCode.F))
                .keysOnly(MenuSection.EDIT, messages.get("keys.search.escape"), "Esc")
                .separator(MenuSection.EDIT)
                .action(MenuSection.EDIT, "menu-preferences", messages.get("menu.edit.preferences"),
                        t.desktop().openPreferences(), shortcut(KeyCode.COMMA));
    }

    private static void view(CommandTable table, Targets t, Messages messages) {
        MenuSection view = MenuSection.VIEW;
        table.action(view, "menu-zoom-in", messages.get("menu.view.zoomIn"), () -> t.map().zoomBy(1),
                        shortcut(KeyCode.EQUALS), new KeyCharacterCombination("+", KeyCombination.SHORTCUT_DOWN),
                        shortcut(KeyCode.ADD))
                .action(view, "menu-zoom-out", messages.get("menu.view.zoomOut"), () -> t.map().zoomBy(-1),
                        shortcut(KeyCode.MINUS), shortcut(KeyCode.SUBTRACT))
                .action(view, "menu-zoom-fit", messages.get("menu.view.fit"), () -> fitShown(t.model()),
                        shortcut(KeyCode.DIGIT0), shortcut(KeyCode.NUMPAD0))
                .keysOnly(view, messages.get("keys.pan"), messages.get("keys.pan.keys"))
                .separator(view)
                .toggle(view, "toggle-narrative", messages.get("menu.view.narrative"), t.narrativeShown(),
                        shortcut(KeyCode.OPEN_BRACKET))
                .toggle(view, "toggle-tools", messages.get("menu.view.tools"), t.toolsShown(),
                        shortcut(KeyCode.CLOSE_BRACKET))
                .toggle(view, "toggle-ink", messages.get("ink.menu"), t.inkShown(), null)
                .keysOnly(view, messages.get("ink.keys"), "D")
                .action(view, "menu-present", messages.get("present.fromStart"), () -> t.presentation().get().startFromFirst(),
                        new KeyCodeCombination(KeyCode.F5))
                .action(view, "menu-present-current", messages.get("present.fromCurrent"),
                        () -> t.presentation().get().startFromCurrent(), new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN))
                .action(view, "menu-present-presenter", messages.get("presenter.menu"),
                        () -> t.presentation().get().startWithPresenter(), new KeyCodeCombination(KeyCode.F5, KeyCombination.ALT_DOWN))
                .keysOnly(view, messages.get("present.keys"), messages.get("present.keys.list"))
                .action(view, "menu-full-screen", messages.get("menu.view.fullScreen"), () -> fullScreen(t.window().get(), messages),
                        new KeyCodeCombination(KeyCode.F11))
                .separator(view);
        String themes = messages.get("menu.view.theme");
        for (Theme theme : Theme.values()) {
            table.choice(view, themes, "theme-" + theme.name(), messages.of("theme", theme),
                    theme == t.desktop().theme().get(), () -> t.desktop().theme().set(theme));
        }
        String languages = messages.get("menu.language");
        for (Language language : Language.values()) {
            table.choice(view, languages, "language-" + language.name(), messages.of("menu.language", language),
                    language == messages.language(), () -> {
                        if (language != messages.language()) {
                            t.switchLanguage().accept(language);
                        }
                    });
        }
        table.action(view, "language-switch", messages.get("menu.language.switch"),
                () -> t.switchLanguage().accept(messages.language() == Language.ZH ? Language.EN : Language.ZH),
                shortcut(KeyCode.L));
    }

    private static void go(CommandTable table, Targets t, Messages messages) {
        MenuSection go = MenuSection.GO;
        int number = 1;
        for (NamedView named : t.model().atlas().content().views()) {
            KeyCombination[] key = number <= 9
                    ? new KeyCombination[] {shortcut(KeyCode.getKeyCode(String.valueOf(number++)))}
                    : new KeyCombination[0];
            table.action(go, "go-" + named.id(), named.name().get(messages.language()),
                    () -> t.model().show(MapState.of(named), true), key);
        }
        // the story's keys are caught before the menus see them (NarrativeKeys), so these items name them only
        table.separator(go)
                .actionWithOtherKeys(go, "go-previous", messages.get("menu.go.previous"), messages.get("keys.previous"),
                        t.navigator()::previous)
                .actionWithOtherKeys(go, "go-next", messages.get("menu.go.next"), messages.get("keys.next"),
                        t.navigator()::next)
                .separator(go)
                .action(go, "go-quiz", messages.get("quiz.menu"), t.quiz());
    }

    private static void help(CommandTable table, Targets t, Messages messages) {
        MenuSection help = MenuSection.HELP;
        table.action(help, "menu-shortcuts", messages.get("menu.help.shortcuts"),
                        () -> ShortcutSheet.show(t.window().get(), table.commands(), messages),
                        new KeyCodeCombination(KeyCode.F1))
                .keysOnly(help, messages.get("menu.help.shortcuts"), "?")
                .separator(help)
                .action(help, "menu-reset-preferences", messages.get("menu.help.resetPreferences"),
                        t.desktop().resetPreferences())
                .action(help, "menu-about", messages.get("menu.help.about"), t.about());
    }

    /**
     * "?" opens the sheet too, as in many programs — typed, so it is the character whatever the keyboard
     * layout, and not while a text field takes it.
     */
    static void installQuestionMark(Node root, CommandTable table, Messages messages, Supplier<Window> window) {
        root.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if ("?".equals(e.getCharacter()) && !(focused instanceof TextInputControl)) {
                ShortcutSheet.show(window.get(), table.commands(), messages);
                e.consume();
            }
        });
    }

    /** Shortcut+0: the whole of what is shown (view, step or evidence) again, after zooming and panning. */
    private static void fitShown(MapViewModel model) {
        MapState shown = model.shownProperty().get();
        if (shown != null) {
            model.show(shown, true);
        }
    }

    private static void fullScreen(Window window, Messages messages) {
        if (window instanceof Stage stage) {
            stage.setFullScreenExitHint(messages.get("shell.fullScreenHint"));
            stage.setFullScreen(!stage.isFullScreen());
        }
    }
}
