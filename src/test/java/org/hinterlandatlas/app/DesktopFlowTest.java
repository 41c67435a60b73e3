// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.ui.prefs.AtlasPreferences;
import org.hinterlandatlas.ui.prefs.NodePreferenceStore;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.hinterlandatlas.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a desktop program: its menus and keys and the sheet that lists them. */
class DesktopFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.started();
    private final FxRobot robot = new FxRobot();

    @Test
    void theMenusAreTheUsualOnesAndTheSheetListsEveryKeyTheyHave() throws Exception {
        MainWindow window = atlas.app().window();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(List.of("文件", "编辑", "视图", "转到", "帮助"), bar.getMenus().stream().map(Menu::getText).toList());

        // when the sheet is opened with F1
        robot.interact(() -> window.map().requestFocus());
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        GridPane sheet = robot.lookup("#shortcut-sheet").queryAs(GridPane.class);
        String text = String.join("\n", sheet.getChildren().stream().map(node -> ((Label) node).getText()).toList());
        RunningAtlas.saveScreenshot(robot, sheet.getScene().getRoot(), "desktop-shortcut-sheet.png");
        // then every accelerator of every menu item is on it, and the keys no menu item has
        for (MenuItem item : allItems(bar)) {
            if (item.getAccelerator() != null) {
                assertTrue(text.contains(item.getAccelerator().getDisplayText()), item.getText() + " in\n" + text);
            }
        }
        assertTrue(text.contains("← ↑ → ↓") && text.contains("PgDn") && text.contains("?"), text);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcut-sheet").tryQuery().isEmpty());
    }

    @Test
    void theArrowsPanTheFocusedMapAndShortcutZeroBringsTheWholeViewBack() throws Exception {
        MainWindow window = atlas.app().window();
        MapState shown = window.model().shownProperty().get();
        robot.interact(() -> window.map().requestFocus());
        Viewport before = window.map().viewport();

        // when → is pressed on the focused map
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        // then the map moves east and the story stays at its step
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().viewport().centerLon() > before.centerLon() + 0.1);
        assertEquals(shown, window.model().shownProperty().get());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().viewport().centerLat() < before.centerLat() - 0.1);

        // when zooming in with Shortcut+=
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().viewport().zoom() > before.zoom() + 0.9);

        // when Shortcut+0 asks for the whole view again
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        // then the map flies back to where it was
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Viewport now = window.map().viewport();
            return Math.abs(now.zoom() - before.zoom()) < 1e-3 && Math.abs(now.centerLon() - before.centerLon()) < 1e-3
                    && Math.abs(now.centerLat() - before.centerLat()) < 1e-3;
        });
    }

    @Test
    void typingMianAndChoosingMianyangFliesThereAndShowsItsDetails() throws Exception {
        MainWindow window = atlas.app().window();
        // given the map tools shown, where the details are (the headless window is narrow: they are a drawer)
        showTools(window);
        // when the teacher presses Shortcut+F and types "mian"
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#place-search").queryAs(TextField.class).isFocused());
        robot.write("mian");
        // then 绵阳 is suggested
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suggestion("绵阳").isPresent());
        RunningAtlas.saveScreenshot(robot, window, "desktop-find-mian.png");

        // when it is chosen
        robot.clickOn(suggestion("绵阳").orElseThrow());
        // then the map flies to it, it is selected and its details show, and the map has the keyboard
        GeoPoint mianyang = window.model().atlas().content().place("mianyang").orElseThrow().location();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Viewport now = window.map().viewport();
            return Math.abs(now.centerLon() - mianyang.lon()) < 0.05 && Math.abs(now.centerLat() - mianyang.lat()) < 0.05;
        });
        assertEquals(new FeatureRef(FeatureRef.Kind.PLACE, "mianyang"), window.model().selectionProperty().get());
        assertEquals("绵阳", robot.lookup("#details-title").queryAs(Label.class).getText());
        assertTrue(window.map().isFocused());

        // when searching again and pressing Esc, the keyboard goes back to the map
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#place-search").queryAs(TextField.class).isFocused());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().isFocused());
    }

    @Test
    void theDarkThemeDarkensTheMapAndIsRemembered() throws Exception {
        MainWindow light = atlas.app().window();
        double lightness = meanLightness(light);

        // when the dark theme is chosen
        robot.interact(() -> atlas.app().theme().set(Theme.DARK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> atlas.app().window() != light);
        MainWindow dark = atlas.app().window();
        // then the window and the map are dark: the base map is painted from the dark style's values
        assertTrue(dark.getStyleClass().contains("theme-dark"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> meanLightness(dark) < lightness - 0.25);
        RunningAtlas.saveScreenshot(robot, dark, "desktop-theme-dark.png");
        assertEquals(Theme.DARK, AtlasPreferences.read(new NodePreferenceStore(RunningAtlas.preferences())).theme());

        // when high contrast is chosen, and then light again
        robot.interact(() -> atlas.app().theme().set(Theme.HIGH_CONTRAST));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> atlas.app().window() != dark);
        RunningAtlas.saveScreenshot(robot, atlas.app().window(), "desktop-theme-high-contrast.png");
        MainWindow contrast = atlas.app().window();
        robot.interact(() -> atlas.app().theme().set(Theme.LIGHT));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> atlas.app().window() != contrast);
        assertTrue(atlas.app().window().getStyleClass().stream().noneMatch(c -> c.startsWith("theme-")));
    }

    @Test
    void everyControlOfTheWindowHasAnAccessibleTextAndTheMapIsAlsoAList() throws Exception {
        MainWindow window = atlas.app().window();
        showTools(window);
        List<String> silent = new ArrayList<>();
        robot.interact(() -> collectSilent(window, silent));
        assertTrue(silent.isEmpty(), "controls a screen reader cannot name: " + silent);

        // the features in view are a list; choosing one selects it on the map (the circle is in view)
        MapState circle = window.model().atlas().content().mapState("circle").orElseThrow();
        robot.interact(() -> window.model().show(circle, false));
        // the list follows the map as drawn, which is painted off the FX thread once the map is there
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().settledProperty().get());
        TitledPane panel = robot.lookup("#panel-on-map").queryAs(TitledPane.class);
        robot.interact(() -> panel.setExpanded(true));
        ListView<?> list = robot.lookup("#on-map-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        assertTrue(list.getItems().stream().anyMatch(item -> item.toString().contains("chengdu")), list.getItems().toString());
        int chengdu = 0;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).toString().contains("id=chengdu")) {
                chengdu = i;
            }
        }
        int row = chengdu;
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(row);
        });
        assertEquals(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu"), window.model().selectionProperty().get());
        assertEquals("成都", robot.lookup("#details-title").queryAs(Label.class).getText());
        robot.interact(() -> panel.setExpanded(false));
    }

    /** Opens the map tools' drawer of a narrow window, if they are not shown yet (the map's cards stand for them). */
    private void showTools(MainWindow window) throws TimeoutException {
        if (window.map().cardsShownProperty().get()) {
            robot.clickOn("#tools-drawer-tab");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.map().cardsShownProperty().get());
        }
    }

    /**
     * Every control, every focusable node: what a screen reader says of it must not be empty. A label with
     * no text (a slider's tick, a phase name not yet chosen) says nothing and is not a control to name; a
     * menu bar's menus are named by their own text.
     */
    private static void collectSilent(Node node, List<String> silent) {
        if (!node.isVisible() || node instanceof ScrollBar
                || (node instanceof Label label && !label.isFocusTraversable() && label.getText().isEmpty())) {
            return;
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().stream().filter(menu -> menu.getText().isBlank()).forEach(menu -> silent.add("menu " + menu));
            return;
        }
        boolean container = node instanceof ScrollPane || node instanceof TabPane || node instanceof ToolBar
                || node instanceof MenuBar || node instanceof SplitPane;
        if ((node instanceof Control || node.isFocusTraversable()) && !container) {
            Object text = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            if (text == null || text.toString().isBlank()) {
                silent.add(node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                        + " " + node.getStyleClass());
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectSilent(child, silent);
            }
        }
    }

    /** The mean lightness (0–1) of the map as drawn now. */
    private double meanLightness(MainWindow window) {
        Image image = robot.capture(window.map()).getImage();
        PixelReader pixels = image.getPixelReader();
        double sum = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                sum += pixels.getColor(x, y).getBrightness();
                count++;
            }
        }
        return sum / count;
    }

    private Optional<Node> suggestion(String name) {
        return robot.lookup(".list-cell").queryAll().stream()
                .filter(cell -> cell instanceof ListCell<?> listCell && listCell.getText() != null
                        && listCell.getText().startsWith(name + " "))
                .findFirst();
    }

    private static List<MenuItem> allItems(MenuBar bar) {
        List<MenuItem> items = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, items);
        }
        return items;
    }

    private static void collect(Menu menu, List<MenuItem> items) {
        for (MenuItem item : menu.getItems()) {
            items.add(item);
            if (item instanceof Menu submenu) {
                collect(submenu, items);
            }
        }
    }
}
