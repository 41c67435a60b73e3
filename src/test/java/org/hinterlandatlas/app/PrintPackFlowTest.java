// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.ui.figure.ExportTask;
import org.hinterlandatlas.ui.figure.FigureActions;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.hinterlandatlas.words.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class PrintPackFlowTest {

    @RegisterExtension
    static final AtlasFlow atlas = AtlasFlow.started();
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path folder;

    @Test
    void thePrintPackIsWrittenInTheBackgroundAndSaysWhereItWent() throws Exception {
        MainWindow window = atlas.app().window();
        FigureActions actions = window.figures();
        Path file = folder.resolve("pack.pdf");
        ExportTask[] task = new ExportTask[1];
        // the progress window comes with its Cancel button while the pages are written
        robot.interact(() -> task[0] = actions.exportPrintPack(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertNull(task[0].getException()));
        DialogPane message = robot.lookup("#figure-message").queryAs(DialogPane.class);
        assertTrue(Set.of(Messages.of(Language.ZH).format("pack.done", file.toString()),
                        Messages.of(Language.EN).format("pack.done", file.toString())).contains(message.getContentText()),
                "says a print pack was saved, and where: " + message.getContentText());
        close(message);
        int steps = window.model().atlas().content().steps().size();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertEquals(steps + 3, document.getNumberOfPages());
        }
    }

    @Test
    void cancellingThePackLeavesNoFile() throws Exception {
        Path file = folder.resolve("cancelled.pdf");
        ExportTask[] task = new ExportTask[1];
        robot.interact(() -> {
            task[0] = atlas.app().window().figures().exportPrintPack(file);
            // pressed before the first page is done: the writer stops at its next page
            robot.lookup("#figure-export-cancel").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane message = robot.lookup("#figure-message").queryAs(DialogPane.class);
        close(message);
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count(), "no file left behind");
        }
    }

    private void close(DialogPane pane) {
        ButtonType ok = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .findFirst().orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(ok)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
