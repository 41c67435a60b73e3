// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.render.GroupedBarChartPainter;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.evidence.EvidencePanel;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A class looks at Table 2 in its three views, and at a measure of §四 on the map, end to end, headless. */
class EvidenceFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.startedWithEvidenceOpen();
    private final FxRobot robot = new FxRobot();

    @Test
    void anIndustryChosenInTheTableStaysChosenInTheChartTheMapAndTheOtherLanguage() throws Exception {
        // given the evidence tab open on Table 2
        MainWindow window = atlas.app().window();
        robot.interact(() -> sections().getSelectionModel().select(1));
        ComboBox<ProjectTable.Industry> industry = robot.lookup("#evidence-industry").queryComboBox();
        ProjectTable.Industry instruments = industry.getItems().get(3);
        assertEquals("医疗仪器设备及仪器仪表", instruments.name().zh());

        // when choosing an industry in the table view
        robot.interact(() -> industry.getSelectionModel().select(instruments));
        TableView<?> tableView = robot.lookup("#evidence-table").queryAs(TableView.class);
        // then its column is marked in the table
        assertTrue(tableView.getColumns().get(2 + 3).getStyleClass().contains("evidence-selected-column"));
        assertTrue(!tableView.getColumns().get(2).getStyleClass().contains("evidence-selected-column"));
        RunningAtlas.saveScreenshot(robot, window, "evidence-table-zh.png");

        // when switching to the chart
        robot.interact(() -> views().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        // then the same industry is chosen and the chart marks its group
        RunningAtlas.saveScreenshot(robot, window, "evidence-chart-zh.png");
        assertSame(instruments, industry.getValue());
        assertTrue(groupMarked(3), "the chart marks the chosen industry");
        assertTrue(!groupMarked(0), "and no other");

        // when switching to the map
        robot.interact(() -> views().getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        // then it is still chosen, and the map is coloured by its shares
        assertSame(instruments, industry.getValue());
        RunningAtlas.saveScreenshot(robot, window, "evidence-map-zh.png");

        // when switching the language
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> atlas.app().window() != window);
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow english = atlas.app().window();
        RunningAtlas.openEvidence(atlas.app());
        // then the English panel shows the same section, view and industry
        assertEquals(Language.EN, english.model().languageProperty().get());
        assertEquals(1, sections().getSelectionModel().getSelectedIndex());
        assertEquals(2, views().getSelectionModel().getSelectedIndex());
        ComboBox<ProjectTable.Industry> englishIndustry = robot.lookup("#evidence-industry").queryComboBox();
        assertEquals("Medical equipment and measuring instruments", ((Labeled) englishIndustry.getButtonCell()).getText());
        RunningAtlas.saveScreenshot(robot, english, "evidence-map-en.png");
        robot.interact(() -> views().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        RunningAtlas.saveScreenshot(robot, english, "evidence-chart-en.png");
        robot.interact(() -> views().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        RunningAtlas.saveScreenshot(robot, english, "evidence-table-en.png");

        // when choosing a measure of §四 with places
        robot.interact(() -> sections().getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        Node measure = robot.lookup("#evidence-innovation-network").query();
        robot.interact(() -> measure.getOnMouseClicked().handle(null));
        WaitForAsyncUtils.waitForFxEvents();
        // then the map highlights the tiers of the innovation network
        assertTrue(english.model().highlighted().containsAll(List.of(
                new FeatureRef(FeatureRef.Kind.PLACE, "chengdu"), new FeatureRef(FeatureRef.Kind.PLACE, "mianyang"),
                new FeatureRef(FeatureRef.Kind.PLACE, "rongchang"))));
        assertEquals("evidence-innovation-network", english.model().shownProperty().get().id());
        RunningAtlas.awaitArrival(english);
        RunningAtlas.saveScreenshot(robot, english, "evidence-paths-en.png");

        // when the stepping reveals a weak link
        EvidencePanel panel = (EvidencePanel) robot.lookup("#evidence-sections").query();
        boolean[] revealed = new boolean[1];
        robot.interact(() -> revealed[0] = panel.reveal("evidence-weak-homogeneous"));
        WaitForAsyncUtils.waitForFxEvents();
        // then its section opens, its card is marked and the map shows its state
        assertTrue(revealed[0]);
        assertEquals(2, sections().getSelectionModel().getSelectedIndex());
        assertTrue(robot.lookup("#evidence-weak-homogeneous").query().getStyleClass().contains("evidence-card-revealed"));
        assertEquals("evidence-weak-homogeneous", english.model().shownProperty().get().id());
        RunningAtlas.awaitArrival(english);
        RunningAtlas.saveScreenshot(robot, english, "evidence-claims-revealed-en.png");

        // and the key figures in English
        robot.interact(() -> sections().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        RunningAtlas.saveScreenshot(robot, english, "evidence-figures-en.png");
        robot.interact(() -> sections().getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        RunningAtlas.saveScreenshot(robot, english, "evidence-claims-en.png");
        assertNotEquals(window, english);
    }

    private TabPane sections() {
        return robot.lookup("#evidence-sections").queryAs(TabPane.class);
    }

    private TabPane views() {
        return robot.lookup("#evidence-table-views").queryAs(TabPane.class);
    }

    /** Whether the chart's band behind an industry's group is drawn: a pixel just left of its first bar. */
    private boolean groupMarked(int industry) {
        Node chart = robot.lookup("#evidence-chart").query();
        Image image = robot.capture(chart).getImage();
        ProjectTable table = ShippedAtlas.atlas().content().evidence().table2();
        Messages chinese = Messages.of(Language.ZH);
        List<GroupedBarChartPainter.Bar> bars = ShippedAtlas.chart().bars(table,
                new Rectangle2D.Double(0, 0, Math.floor(chart.getLayoutBounds().getWidth()),
                        Math.floor(chart.getLayoutBounds().getHeight())), Language.ZH,
                new GroupedBarChartPainter.Captions(chinese.get("evidence.chart.axis"), chinese.get("evidence.chart.source")), 1);
        GroupedBarChartPainter.Bar first = bars.stream().filter(b -> b.industry() == industry).findFirst().orElseThrow();
        double scaleX = image.getWidth() / chart.getLayoutBounds().getWidth();
        double scaleY = image.getHeight() / chart.getLayoutBounds().getHeight();
        int x = (int) ((first.box().getX() - first.box().getWidth() * 0.3) * scaleX);
        int y = (int) ((first.box().getMaxY() - 3) * scaleY);
        javafx.scene.paint.Color c = image.getPixelReader().getColor(x, y);
        // the band is #FFF2CC: clearly less blue than white
        return c.getBlue() < 0.9 && c.getRed() > 0.95;
    }
}
