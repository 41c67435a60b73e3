// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hinterlandatlas.ui.map.AtlasMapView;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher presenting the story with a clicker: → through every phase, then the other language. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.started();
    private final FxRobot robot = new FxRobot();

    @Test
    @Order(1)
    void stepsThroughEveryPhaseWithTheKeyboardAndKeepsItsPlaceAcrossTheLanguageSwitch() throws Exception {
        // given the atlas on its opening view, with the story tab on the left
        MainWindow window = atlas.app().window();
        RunningAtlas.awaitArrival(window);
        assertTrue(robot.lookup("#narrative-tabs").queryAs(TabPane.class).isVisible());
        // the story's 18 steps (the definition, 8 phases, 9 events), then the evidence's
        int total = 18 + window.model().atlas().content().evidence().mapStates().size();
        assertEquals("– / " + total, position());

        // when clicking Next once, which leaves the focus on a button that must not swallow the keys
        robot.clickOn("#story-next");
        RunningAtlas.awaitArrival(window);
        // then the definition is shown
        assertEquals("definition", window.model().shownProperty().get().id());
        assertEquals("1 / " + total, position());

        // when pressing → through every phase
        List<Phase> phases = window.model().atlas().content().story().phases();
        Viewport previousView = viewport(window);
        Set<FeatureRef> previousHighlights = new HashSet<>(window.model().highlighted());
        for (int i = 0; i < phases.size(); i++) {
            robot.type(KeyCode.RIGHT);
            RunningAtlas.awaitArrival(window);
            Phase phase = phases.get(i);
            // then the map shows the phase: its area's centre, its layers, its highlighted features
            MapState state = phase.state();
            assertEquals(phase.id(), window.model().shownProperty().get().id());
            assertEquals((i + 2) + " / " + total, position());
            Viewport view = viewport(window);
            assertEquals((state.southWest().lon() + state.northEast().lon()) / 2, view.centerLon(), 0.05, phase.id());
            assertTrue(Math.abs(view.centerLon() - previousView.centerLon()) > 0.1
                    || Math.abs(view.centerLat() - previousView.centerLat()) > 0.1, phase.id() + ": the map did not move");
            Set<FeatureRef> highlights = new HashSet<>(window.model().highlighted());
            assertEquals(state.highlighted(), highlights, phase.id());
            assertNotEquals(previousHighlights, highlights, phase.id() + ": the same features are highlighted");
            assertEquals(state.layers().contains(MapLayerId.HISTORY), window.model().layers().contains(MapLayerId.HISTORY));
            if (phase.id().equals("phase-third-front")) {
                RunningAtlas.saveScreenshot(robot, window, "story-third-front-zh.png");
            }
            previousView = view;
            previousHighlights = highlights;
        }

        // when PgUp goes back one, and PgDn forward again
        robot.type(KeyCode.PAGE_UP);
        RunningAtlas.awaitArrival(window);
        assertEquals(phases.get(phases.size() - 2).id(), window.model().shownProperty().get().id());
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.RIGHT);
        RunningAtlas.awaitArrival(window);
        // then the first timeline event follows the last phase
        assertEquals("event-2019-04", window.model().shownProperty().get().id());
        robot.type(KeyCode.RIGHT);
        RunningAtlas.awaitArrival(window);
        assertEquals("event-2020-01", window.model().shownProperty().get().id());
        RunningAtlas.saveScreenshot(robot, window, "story-timeline-zh.png");

        // when switching to English
        String before = position();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> atlas.app().window() != window);
        MainWindow english = atlas.app().window();
        WaitForAsyncUtils.waitForFxEvents();
        RunningAtlas.awaitArrival(english);
        // then the story is in English at the same step, and the keys still page it
        assertEquals(Language.EN, english.model().languageProperty().get());
        assertEquals(before, position());
        assertTrue(robot.lookup("Story").tryQuery().isPresent());
        assertTrue(robot.lookup("Policy timeline").tryQuery().isPresent());
        RunningAtlas.saveScreenshot(robot, english, "story-timeline-en.png");
        robot.type(KeyCode.LEFT);
        RunningAtlas.awaitArrival(english);
        assertEquals("event-2019-04", english.model().shownProperty().get().id());
        robot.interact(() -> english.navigator().go("phase-third-front"));
        RunningAtlas.awaitArrival(english);
        RunningAtlas.saveScreenshot(robot, english, "story-third-front-en.png");

        // when paging on from the story's last step, the evidence follows in its own tab
        robot.interact(() -> english.navigator().go(17));
        robot.type(KeyCode.RIGHT);
        RunningAtlas.awaitArrival(english);
        String firstEvidence = english.model().atlas().content().evidence().mapStates().get(0).id();
        assertEquals(firstEvidence, english.model().shownProperty().get().id());
        assertEquals("evidence-tab", robot.lookup("#narrative-tabs").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getId());
        robot.interact(() -> english.navigator().go("phase-third-front"));
        RunningAtlas.awaitArrival(english);

        // and back to Chinese for whoever runs next
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> atlas.app().window() != english);
        WaitForAsyncUtils.waitForFxEvents();
        // the phase's map carries over: the history layer the phase switched on, its highlights
        MainWindow chinese = atlas.app().window();
        assertEquals("phase-third-front", chinese.model().shownProperty().get().id());
        assertEquals("4 / " + total, position());
        assertTrue(chinese.model().layers().contains(MapLayerId.HISTORY));
        assertEquals(english.model().highlighted(), chinese.model().highlighted());
    }

    @Test
    @Order(2)
    void comparesTwoPhasesOnLinkedMapsWithTheirChanges() throws Exception {
        // given the Third Front phase on the map
        MainWindow window = atlas.app().window();
        robot.interact(() -> window.navigator().go("phase-third-front"));
        RunningAtlas.awaitArrival(window);

        // when opening the comparison
        robot.clickOn("#story-compare");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#compare-changes").tryQuery().isPresent());
        VBox changes = robot.lookup("#compare-changes").queryAs(VBox.class);
        AtlasMapView left = robot.lookup("#compare-left").queryAs(AtlasMapView.class);
        AtlasMapView right = robot.lookup("#compare-right").queryAs(AtlasMapView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> left.viewport().width() > 1 && right.viewport().width() > 1);

        // then it compares the Third Front with the next phase: the plants are no longer shown (which is not
        // to say they vanished, as the note says), Chongqing changes role
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !changes.getChildren().isEmpty());
        // read on the FX thread, which fills the list in one go: read from here, it may be half filled
        List<List<String>> read = new ArrayList<>();
        robot.interact(() -> read.add(changes.getChildren().stream().map(n -> ((Label) n).getText()).toList()));
        List<String> lines = read.get(0);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("不再标示：攀枝花钢铁厂")), lines.toString());
        assertTrue(lines.contains("角色变化：重庆主城，三线建设重点地区 → 直辖市"), lines.toString());
        assertTrue(lines.get(0).contains("并不表示它已不复存在"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("消失")), lines.toString());

        // when zooming the left map, the right one follows, and the other way round
        robot.interact(() -> left.zoomBy(1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(right.viewport().zoom() - left.viewport().zoom()) < 1e-6
                && Math.abs(right.viewport().centerLon() - left.viewport().centerLon()) < 1e-6);
        double zoomed = left.viewport().zoom();
        robot.interact(() -> right.zoomBy(-0.5));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(left.viewport().zoom() - (zoomed - 0.5)) < 1e-6);
        Stage stage = (Stage) left.getScene().getWindow();
        RunningAtlas.saveScreenshot(robot, stage.getScene().getRoot(), "story-compare-zh.png");

        // when the language is switched with the comparison open
        MainWindow chinese = atlas.app().window();
        robot.interact(() -> chinese.getScene().getWindow().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> atlas.app().window() != chinese);
        // then the comparison, which spoke Chinese and followed the old window, is closed
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
        MainWindow english = atlas.app().window();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> atlas.app().window() != english);
    }

    @Test
    @Order(3)
    void theDiagramShowsItsElementsAndThePlayerPlaysThePhases() throws Exception {
        MainWindow window = atlas.app().window();
        Canvas diagram = robot.lookup("#story-diagram").queryAs(Canvas.class);

        // when clicking the diagram's economic centre, then its surface
        click(diagram, diagram.getWidth() / 2 - diagram.getWidth() * 0.16, diagram.getHeight() * 0.54);
        // then the map highlights the two cores, and then the inland hinterland
        assertEquals("definition-point", window.model().shownProperty().get().id());
        assertEquals(Set.of(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu"), new FeatureRef(FeatureRef.Kind.PLACE, "chongqing")),
                Set.copyOf(window.model().highlighted()));
        click(diagram, diagram.getWidth() / 2, diagram.getHeight() * 0.9);
        assertEquals("definition-surface", window.model().shownProperty().get().id());
        assertTrue(window.model().highlighted().contains(new FeatureRef(FeatureRef.Kind.REGION, "west")));
        showInItsScrollPane(diagram);
        RunningAtlas.saveScreenshot(robot, window, "story-diagram-zh.png");
        robot.clickOn("#tab-sources");
        RunningAtlas.saveScreenshot(robot, window, "story-sources-zh.png");
        // a step brings the story tab back, wherever the focus is
        String before = position();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-story", window.narrativeTabs().getSelectionModel().getSelectedItem().getId());
        assertNotEquals(before, position());

        // when pressing Play at the last phase
        robot.interact(() -> window.navigator().go("phase-strategic-hinterland"));
        robot.clickOn("#story-play");
        WaitForAsyncUtils.waitForFxEvents();
        // then it starts again at the first phase and moves on to the next by itself (a phase lasts a few
        // seconds of the window's clock; PhasePlayerTest steps that clock by hand)
        assertEquals("phase-tang-song", window.model().shownProperty().get().id());
        assertEquals("暂停", robot.lookup("#story-play").queryAs(Button.class).getText());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.model().shownProperty().get().id().equals("phase-rear-area"));
        robot.clickOn("#story-play");
        WaitForAsyncUtils.waitForFxEvents();
        // and Pause stops the player there
        assertEquals("播放", robot.lookup("#story-play").queryAs(Button.class).getText());
        assertEquals("phase-rear-area", window.model().shownProperty().get().id());
        assertEquals(1.0, robot.lookup("#story-slider").queryAs(javafx.scene.control.Slider.class).getValue(), 1e-9);
    }

    /** Scrolls the narrative so that a node is in view, for a screenshot. */
    private void showInItsScrollPane(javafx.scene.Node node) {
        robot.interact(() -> {
            javafx.scene.Node parent = node.getParent();
            while (!(parent instanceof javafx.scene.control.ScrollPane)) {
                parent = parent.getParent();
            }
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) parent;
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
            scroll.setVvalue((y - 200) / (content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight()));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a point of a canvas that may be scrolled out of sight (the event carries scene coordinates). */
    private void click(Canvas canvas, double x, double y) {
        javafx.geometry.Point2D scene = canvas.localToScene(x, y);
        robot.interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, scene.getX(), scene.getY(), 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, true, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String position() {
        return robot.lookup("#story-position").queryAs(Label.class).getText();
    }

    private static Viewport viewport(MainWindow window) {
        return window.map().viewport();
    }
}
