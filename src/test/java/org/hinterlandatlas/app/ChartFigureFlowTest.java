// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.FigureState;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.figure.TableFigureState;
import org.hinterlandatlas.figure.TableFigures;
import org.hinterlandatlas.figure.io.FigureFiles;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.render.ClusterShareMapPainter;
import org.hinterlandatlas.render.GroupedBarChartPainter;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.evidence.EvidencePanel;
import org.hinterlandatlas.ui.evidence.EvidenceViewModel;
import org.hinterlandatlas.ui.figure.ExportTask;
import org.hinterlandatlas.figure.FigureWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher exports Table 2's chart and cluster map as figures, and opens a chart figure again. */
class ChartFigureFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.startedWithEvidenceOpen();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path folder;

    private EvidenceViewModel evidence() {
        return robot.lookup("#evidence-sections").queryAs(EvidencePanel.class).model();
    }

    @Test
    void shortcutEExportsTheChartOnScreenWithOnlyTheFurnitureAChartHas() throws Exception {
        // given Table 2's chart on screen
        EvidenceViewModel model = evidence();
        robot.interact(() -> {
            model.industryProperty().set(model.table().industries().get(0));
            model.sectionProperty().set(EvidenceViewModel.Section.TABLE);
            model.tableViewProperty().set(EvidenceViewModel.TableView.CHART);
        });
        // when pressing Shortcut+E
        robot.interact(() -> atlas.app().window().getScene().getWindow().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#figure-export-dialog").tryQuery().isPresent());
        // then the dialog exports the chart: its title, a preview, no scale bar, north arrow or map notice
        assertEquals("2022年主要城市群高技术制造业新产品开发项目数：医药",
                robot.lookup("#figure-title").queryAs(TextField.class).getText());
        for (Furniture item : EnumSet.of(Furniture.SCALE_BAR, Furniture.NORTH_ARROW, Furniture.NOTICE)) {
            CheckBox box = robot.lookup("#figure-include-" + item.name()).queryAs(CheckBox.class);
            assertTrue(box.isDisabled() && !box.isSelected(), item + " is greyed out");
        }
        assertFalse(robot.lookup("#figure-include-LEGEND").queryAs(CheckBox.class).isDisabled());
        ImageView preview = robot.lookup("#figure-preview").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getImage() != null);
        RunningAtlas.saveScreenshot(robot, robot.lookup("#figure-export-dialog").query(), "figure-export-chart-zh.png");
        closeDialog("#figure-export-dialog", ButtonBar.ButtonData.CANCEL_CLOSE);

        // when the cluster map's own Export button is pressed
        robot.interact(() -> model.tableViewProperty().set(EvidenceViewModel.TableView.MAP));
        WaitForAsyncUtils.waitForFxEvents();
        Button export = robot.lookup("#evidence-export-MAP").queryButton();
        // later, not within interact: the dialog's showAndWait would hold the FX event interact waits for
        Platform.runLater(export::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#figure-export-dialog").tryQuery().isPresent());
        // then the dialog exports the map, with all of a map's furniture
        assertEquals("2022年主要城市群高技术制造业新产品开发项目数：医药全国占比",
                robot.lookup("#figure-title").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#figure-include-SCALE_BAR").queryAs(CheckBox.class).isDisabled());
        ImageView mapPreview = robot.lookup("#figure-preview").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> mapPreview.getImage() != null);
        RunningAtlas.saveScreenshot(robot, robot.lookup("#figure-export-dialog").query(), "figure-export-cluster-map-zh.png");
        closeDialog("#figure-export-dialog", ButtonBar.ButtonData.CANCEL_CLOSE);

        // when Table 2 is no longer on screen, then Shortcut+E exports the map again
        robot.interact(() -> model.sectionProperty().set(EvidenceViewModel.Section.FIGURES));
        robot.interact(() -> atlas.app().window().getScene().getWindow().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#figure-export-dialog").tryQuery().isPresent());
        assertFalse(robot.lookup("#figure-include-SCALE_BAR").queryAs(CheckBox.class).isDisabled());
        assertEquals(atlas.app().window().model().title().zh(), robot.lookup("#figure-title").queryAs(TextField.class).getText());
        closeDialog("#figure-export-dialog", ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Test
    void anOpenedChartFigureReturnsToTheChartWithItsIndustry() throws Exception {
        // given an English chart figure of the instruments industry, written in the background as the dialog would
        TableFigures figures = new TableFigures(ShippedAtlas.chart(),
                new ClusterShareMapPainter(ShippedAtlas.painter(), ShippedAtlas.fonts()),
                ShippedAtlas.atlas().content(), ShippedAtlas.atlas().baseMap());
        ProjectTable.Industry instruments = figures.table().industry("instruments").orElseThrow();
        Messages english = Messages.of(Language.EN);
        Figure figure = figures.chart(new FigureSpec(Paper.A4.page(true), 150, FigureFormat.PNG, Language.EN,
                "Instruments", EnumSet.allOf(Furniture.class)), instruments, FigureWords.of(english),
                new GroupedBarChartPainter.Captions(english.get("evidence.chart.axis"),
                        english.get("evidence.chart.source")));
        Path file = folder.resolve("chart.png");
        ExportTask[] task = new ExportTask[1];
        robot.interact(() -> task[0] = atlas.app().window().figures().run(figure, file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        closeDialog("#figure-message", ButtonBar.ButtonData.OK_DONE);
        FigureState written = FigureFiles.readState(file);
        assertEquals(TableFigureState.Kind.CHART, written.table().orElseThrow().kind());

        // and the evidence elsewhere
        EvidenceViewModel model = evidence();
        robot.interact(() -> {
            model.sectionProperty().set(EvidenceViewModel.Section.PATHS);
            model.tableViewProperty().set(EvidenceViewModel.TableView.TABLE);
        });
        // when the figure is opened
        robot.interact(() -> atlas.app().window().figures().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.tableViewProperty().get() == EvidenceViewModel.TableView.CHART);
        // then Table 2's chart shows its industry, and the atlas says it keeps its language
        assertEquals(EvidenceViewModel.Section.TABLE, model.sectionProperty().get());
        assertEquals(instruments, model.industryProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#figure-message").tryQuery().isPresent());
        DialogPane message = robot.lookup("#figure-message").queryAs(DialogPane.class);
        assertTrue(message.getContentText().contains("English") && message.getContentText().contains("中文"),
                message.getContentText());
        closeDialog("#figure-message", ButtonBar.ButtonData.OK_DONE);
        assertEquals(Language.ZH, atlas.app().window().model().languageProperty().get());
    }

    private void closeDialog(String id, ButtonBar.ButtonData data) {
        DialogPane pane = robot.lookup(id).queryAs(DialogPane.class);
        ButtonType button = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == data).findFirst()
                .orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(button)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
