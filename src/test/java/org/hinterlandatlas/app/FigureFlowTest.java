// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.FigureState;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.figure.io.FigureFiles;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.figure.ExportTask;
import org.hinterlandatlas.ui.figure.FigureActions;
import org.hinterlandatlas.ui.figure.FigureSource;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher makes a figure: the export dialog with its preview, printing without a printer, a figure reopened. */
class FigureFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.started();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path folder;

    @Test
    void exportDialogPreviewsThePageAndFollowsItsOptions() throws Exception {
        MainWindow window = atlas.app().window();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().viewport().zoom() > 5.5);

        // when pressing Shortcut+E
        shortcut(KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#figure-export-dialog").tryQuery().isPresent());
        // then the dialog previews the page, titled after the view
        ImageView preview = robot.lookup("#figure-preview").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getImage() != null);
        assertEquals("经济圈尺度", robot.lookup("#figure-title").queryAs(TextField.class).getText());
        RunningAtlas.saveScreenshot(robot, robot.lookup("#figure-export-dialog").query(), "figure-export-dialog-zh.png");

        // when choosing PNG, then the size names the exact pixels of A4 landscape at 300 DPI
        @SuppressWarnings("unchecked")
        ChoiceBox<FigureFormat> format = robot.lookup("#figure-format").queryAs(ChoiceBox.class);
        robot.interact(() -> format.setValue(FigureFormat.PNG));
        String size = robot.lookup("#figure-size").queryAs(Label.class).getText();
        assertTrue(size.contains("3508") && size.contains("2480"), size);

        // when choosing English, then the untouched title follows the language and the preview is redrawn
        javafx.scene.image.Image before = preview.getImage();
        @SuppressWarnings("unchecked")
        ChoiceBox<Language> language = robot.lookup("#figure-language").queryAs(ChoiceBox.class);
        robot.interact(() -> language.setValue(Language.EN));
        assertEquals("Circle scale", robot.lookup("#figure-title").queryAs(TextField.class).getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getImage() != before);
        RunningAtlas.saveScreenshot(robot, robot.lookup("#figure-export-dialog").query(), "figure-export-dialog-en.png");

        closeDialog("#figure-export-dialog", ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Test
    void printingWithoutAPrinterOffersAPdf() throws Exception {
        // when printing on a machine without a printer (headless tests have none)
        shortcut(KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#figure-no-printer").tryQuery().isPresent());
        // then the atlas says so and offers to export a PDF, which opens the export dialog on PDF
        DialogPane pane = robot.lookup("#figure-no-printer").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("PDF"), pane.getContentText());
        Button exportPdf = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        robot.interact(exportPdf::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#figure-export-dialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<FigureFormat> format = robot.lookup("#figure-format").queryAs(ChoiceBox.class);
        assertEquals(FigureFormat.PDF, format.getValue());
        closeDialog("#figure-export-dialog", ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Test
    void anExportedFigureReturnsTheMapToItsView() throws Exception {
        MainWindow window = atlas.app().window();
        FigureSource source = new FigureSource(window.model(), ShippedAtlas.painter(),
                new LegendPainter(ShippedAtlas.style(), ShippedAtlas.fonts()));
        FigureActions actions = new FigureActions(source, Messages.of(Language.ZH),
                () -> window.getScene().getWindow());
        // given the circle view with 成都 highlighted, exported as SVG in the background
        MapState circle = window.model().atlas().content().mapState("circle").orElseThrow();
        robot.interact(() -> {
            window.model().show(circle, false);
            window.model().highlighted().add(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu"));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().viewport().zoom() > 5.5);
        MapState exported = window.model().currentState();
        Path file = folder.resolve("circle.svg");
        ExportTask[] task = new ExportTask[1];
        robot.interact(() -> task[0] = actions.run(source.figure(new FigureSpec(
                Paper.A4.page(true), 150, FigureFormat.SVG, Language.ZH, "图",
                EnumSet.allOf(Furniture.class)), exported), file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        Path[] written = new Path[1];
        robot.interact(() -> written[0] = task[0].getValue());
        assertEquals(file, written[0]);
        closeDialog("#figure-message", ButtonBar.ButtonData.OK_DONE);
        FigureState state = FigureFiles.readState(file);
        assertEquals(exported, state.map());

        // when the map is moved elsewhere and the figure opened
        MapState national = window.model().atlas().content().mapState("national").orElseThrow();
        robot.interact(() -> window.model().show(national, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().viewport().zoom() < 5);
        robot.interact(() -> actions.open(file));
        // then the map is back on the circle with 成都 highlighted
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().viewport().zoom() > 5.5);
        assertTrue(window.model().highlighted().contains(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu")));
        assertEquals(exported.layers(), Set.copyOf(window.model().layers()));
        assertEquals(exported.id(), window.model().shownProperty().get().id());
    }

    @Test
    void cancellingALongExportLeavesNoFile() throws Exception {
        MainWindow window = atlas.app().window();
        FigureSource source = new FigureSource(window.model(), ShippedAtlas.painter(),
                new LegendPainter(ShippedAtlas.style(), ShippedAtlas.fonts()));
        FigureActions actions = new FigureActions(source, Messages.of(Language.ZH), () -> window.getScene().getWindow());
        // given a long export: A3 at 600 DPI, 70 million pixels
        Path file = folder.resolve("poster.png");
        ExportTask[] task = new ExportTask[1];
        robot.interact(() -> task[0] = actions.run(source.figure(new FigureSpec(Paper.A3.page(true), 600,
                FigureFormat.PNG, Language.ZH, "海报", EnumSet.allOf(Furniture.class)), window.model().currentState()),
                file));
        // when its progress window's Cancel is pressed
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#figure-export-cancel").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#figure-export-cancel").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        // then the export says it was cancelled and no file, not even a temporary one, is left
        robot.interact(() -> assertTrue(task[0].getException() instanceof CancellationException));
        DialogPane message = robot.lookup("#figure-message").queryAs(DialogPane.class);
        assertTrue(message.getContentText().contains("取消"), message.getContentText());
        closeDialog("#figure-message", ButtonBar.ButtonData.OK_DONE);
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count(), "no file left behind");
        }
    }

    private void closeDialog(String id, ButtonBar.ButtonData data) {
        DialogPane pane = robot.lookup(id).queryAs(DialogPane.class);
        ButtonType button = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == data).findFirst()
                .orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(button)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses Shortcut and a key in the main window, as a teacher would. */
    private void shortcut(KeyCode key) {
        robot.interact(() -> atlas.app().window().getScene().getWindow().requestFocus());
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }
}
