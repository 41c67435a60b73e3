// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.scene.input.KeyCode;
import org.hinterlandatlas.model.Language;
import javafx.scene.control.Label;
import org.hinterlandatlas.data.ProductVersion;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.ui.prefs.AtlasPreferences;
import org.hinterlandatlas.ui.prefs.NodePreferenceStore;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher's first minute with the atlas, end to end, headless. */
class AtlasAppFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.started();
    private final FxRobot robot = new FxRobot();

    @Test
    void startToggleFlyAndClickChengdu() throws Exception {
        // given the atlas opened on the circle view (the narrative on the left leaves the map about 450 px
        // in the headless 1180 px window, where the circle fits at zoom 6.06)
        MainWindow window = atlas.app().window();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewport(window).zoom() > 5.5);

        // when the map tools' drawer is opened (the headless window is narrow: the tools are a drawer over
        // the map, closed at the start, and the map carries its own legend card meanwhile)
        assertTrue(window.map().cardsShownProperty().get());
        robot.clickOn("#tools-drawer-tab");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.map().cardsShownProperty().get());
        // and the rivers are switched off in the layer list
        robot.clickOn("#layer-RIVERS");
        WaitForAsyncUtils.waitForFxEvents();
        // then the model no longer shows them
        assertFalse(window.model().layers().contains(MapLayerId.RIVERS));

        // when flying to the national view and back to the circle
        robot.clickOn("#view-national");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewport(window).zoom() < 5);
        double nationalZoom = settledZoom(window);
        // and the caption in the map's corner names what it shows
        String nationalName = window.model().atlas().content().view("national").orElseThrow().name().zh();
        assertEquals(nationalName, robot.lookup("#map-caption").queryAs(Label.class).getText());
        robot.clickOn("#view-circle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewport(window).zoom() > 5.5);
        double circleZoom = settledZoom(window);
        // then the map zoomed out, then in, and is centred on the circle
        assertTrue(nationalZoom < circleZoom - 2, nationalZoom + " vs " + circleZoom);
        assertEquals(106.1, viewport(window).centerLon(), 0.5);
        assertEquals(30.3, viewport(window).centerLat(), 0.5);

        // when clicking 成都
        GeoPoint chengdu = window.model().atlas().content().place("chengdu").orElseThrow().location();
        Point2D[] onScreen = new Point2D[1];
        robot.interact(() -> onScreen[0] = window.map().localToScreen(window.map().screenPosition(chengdu)));
        robot.moveTo(onScreen[0]);
        WaitForAsyncUtils.waitForFxEvents();
        // then hovering names it and the status bar shows where the pointer is
        assertEquals("chengdu", window.model().hoveredProperty().get().id());
        String position = robot.lookup("#status-position").queryAs(Label.class).getText();
        assertTrue(position.contains("104.0") && position.contains("30.6"), position);
        robot.clickOn(onScreen[0]);
        WaitForAsyncUtils.waitForFxEvents();

        // then its details are shown, in Chinese with the English name below
        Label title = robot.lookup("#details-title").queryAs(Label.class);
        assertEquals("成都", title.getText());
        assertEquals("chengdu", window.model().selectionProperty().get().id());
        assertTrue(robot.lookup("Chengdu").tryQuery().isPresent());
        RunningAtlas.saveScreenshot(robot, window, "flow-chengdu-selected.png");

        // when switching to English with the shortcut
        Viewport before = viewport(window);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> atlas.app().window() != window);
        MainWindow english = atlas.app().window();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(viewport(english).zoom() - before.zoom()) < 1e-6);
        // then the window is rebuilt in English around the same map, with 成都 still selected
        assertEquals(Language.EN, english.model().languageProperty().get());
        assertEquals(before.centerLon(), viewport(english).centerLon(), 1e-3);
        assertEquals(before.centerLat(), viewport(english).centerLat(), 1e-3);
        assertEquals("Chengdu", robot.lookup("#details-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup("Layers").tryQuery().isPresent());
        assertEquals(Language.EN, AtlasPreferences.read(new NodePreferenceStore(RunningAtlas.preferences())).language()
                .orElseThrow());

        // when hiding the narrative panel for the projector
        double narrowWidth = viewport(english).width();
        robot.press(KeyCode.CONTROL, KeyCode.OPEN_BRACKET).release(KeyCode.OPEN_BRACKET, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewport(english).width() > narrowWidth + 300);
        // then the map takes its room
        assertNull(english.getLeft());

        // when pressing the language shortcut again
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> atlas.app().window() != english);
        WaitForAsyncUtils.waitForFxEvents();
        // then it is Chinese again, with the panel still hidden until asked for
        MainWindow chinese = atlas.app().window();
        assertEquals("成都", robot.lookup("#details-title").queryAs(Label.class).getText());
        assertNull(chinese.getLeft());
        robot.press(KeyCode.CONTROL, KeyCode.OPEN_BRACKET).release(KeyCode.OPEN_BRACKET, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(chinese.getLeft());
    }

    @Test
    void aboutGivesTheVersionLicenceAndCredits() throws Exception {
        // when Help > About is chosen
        MenuItem about = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> "menu-about".equals(item.getId()))
                .findFirst().orElseThrow();
        Platform.runLater(about::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#about").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#about").queryAs(DialogPane.class);
        String shown = pane.getHeaderText() + "\n" + ((Label) pane.getContent()).getText();
        // then it names the version the build wrote, the licence, the data credits and the bundled runtime
        assertTrue(shown.contains(ProductVersion.current()), shown);
        for (String credit : List.of("GPL-3.0-or-later", "Natural Earth", "GeoNames", "CC BY 4.0", "Apache ECharts",
                "Noto Sans SC", "OpenJDK", "OpenJFX")) {
            assertTrue(shown.contains(credit), credit + " missing from: " + shown);
        }
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    private static Viewport viewport(MainWindow window) {
        return window.map().viewport();
    }

    /** Waits until the flight has ended and the map has been painted where it arrived; returns the zoom. */
    private static double settledZoom(MainWindow window) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.map().flyingProperty().get());
        // the flight's last step is laid out and painted in the pulses that follow
        WaitForAsyncUtils.waitForFxEvents(5);
        return viewport(window).zoom();
    }
}
