// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javax.imageio.ImageIO;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole atlas started for a TestFX flow, headless, and pictures of it kept for people to look at. */
final class RunningAtlas {

    private RunningAtlas() {
    }

    /** Starts the atlas in Chinese and waits until its window is built. */
    static AtlasApp start() throws Exception {
        // the remembered language, theme or view of an earlier run must not decide this one
        preferences().clear();
        preferences().flush();
        return startOnKeptPreferences();
    }

    /** Starts the atlas on the preferences as they are stored now, e.g. as a test left them. */
    static AtlasApp startOnKeptPreferences() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtlasApp app = (AtlasApp) FxToolkit.setupApplication(AtlasApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window() != null);
        return app;
    }

    /** Opens the evidence tab of a window, which builds its panel, and waits for the panel. */
    static void openEvidence(AtlasApp app) throws Exception {
        new FxRobot().interact(() -> {
            TabPane tabs = app.window().narrativeTabs();
            tabs.getTabs().stream().filter(tab -> "evidence-tab".equals(tab.getId())).findFirst()
                    .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new FxRobot().lookup("#evidence-sections").tryQuery().isPresent());
    }

    /**
     * Waits until the map of a window has arrived where it was last sent and shows what it drew there: a step's request starts its flight
     * at once, on the event that asked for it, so once those events are handled the flight is known to be
     * on or over.
     */
    static void awaitArrival(MainWindow window) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.map().flyingProperty().get());
        // the overlay is painted off the FX thread once the map rests: wait for what it shows there
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.map().settledProperty().get());
    }

    /**
     * Closes the window, then stops the atlas, as a teacher closing it does: the other way round, a layout
     * pass of the still-shown map between the two asks the stopped tile painter for tiles, and its refusal
     * surfaces in the next flow's start (seen under load).
     */
    static void stop(AtlasApp app) throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
    }

    /** Where the atlas keeps the teacher's choices; tests point it at target/prefs. */
    static Preferences preferences() {
        return Preferences.userRoot().node("org/hinterlandatlas");
    }

    /** Keeps a picture of a node under target/screenshots; asserts nothing. */
    static void saveScreenshot(FxRobot robot, Node node, String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        javafx.scene.image.Image image = robot.capture(node).getImage();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name).toFile());
    }
}
