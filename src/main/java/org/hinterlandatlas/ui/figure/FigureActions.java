// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.figure;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.FigureState;
import org.hinterlandatlas.figure.FigureStateException;
import org.hinterlandatlas.figure.TableFigureState;
import org.hinterlandatlas.figure.io.FigureExportException;
import org.hinterlandatlas.figure.io.FigureFiles;
import org.hinterlandatlas.figure.PageSize;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.figure.io.PdfPackWriter;
import org.hinterlandatlas.figure.pack.PackWords;
import org.hinterlandatlas.figure.pack.PrintPack;
import org.hinterlandatlas.figure.pack.StoryLesson;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.words.Messages;

/**
 * The File menu's figure commands: Open figure…, Export… (Shortcut+E) and Print… (Shortcut+P), with the
 * dialogs, the file choosers, the progress window and the messages they need.
 */
public final class FigureActions {

    private final FigureSource source;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final FigurePrinter printer;
    private final List<Supplier<Optional<FigureSubject>>> shownSubjects = new ArrayList<>();
    private Predicate<TableFigureState> tableOpener;
    private Path lastFolder;
    private Supplier<ExportDefaults> defaults;
    private Consumer<Path> folderUsed = folder -> { };
    private Supplier<Lesson> lesson;

    public FigureActions(FigureSource source, Messages messages, Supplier<Window> owner) {
        this.source = source;
        this.messages = messages;
        this.owner = owner;
        this.printer = new FigurePrinter(source, messages);
        Lesson story = StoryLesson.of(source.model().atlas().content(), Messages.bilingual("pack.default.title"));
        this.lesson = () -> story;
    }

    /**
     * Lets a part of the window say what the teacher is looking at: while the supplier gives a subject, the
     * File menu's Export… (Shortcut+E) exports it instead of the map.
     */
    public void offer(Supplier<Optional<FigureSubject>> shown) {
        shownSubjects.add(shown);
    }

    /**
     * Exports start from the teacher's defaults, read when each export begins, and the folder a figure is
     * saved in is told back, so the next start of the atlas suggests it again.
     */
    public void startFrom(Supplier<ExportDefaults> chosen, Consumer<Path> savedIn) {
        defaults = chosen;
        folderUsed = savedIn;
    }

    /**
     * Says what to do when an opened figure is of a table (a chart or a cluster map): the opener shows it and
     * returns true, or returns false when the atlas has no such table or industry.
     */
    public void onTableFigure(Predicate<TableFigureState> opener) {
        tableOpener = opener;
    }

    /**
     * Opens the export dialog for what is on screen — a chart or map a panel offers, or else the map; on
     * Export asks where to save and writes the figure in the background.
     */
    public void export(FigureFormat initialFormat) {
        FigureSubject subject = shownSubjects.stream().map(Supplier::get).flatMap(Optional::stream).findFirst()
                .orElseGet(source::currentMap);
        export(initialFormat, subject);
    }

    /** Opens the export dialog for a given subject, e.g. the evidence's chart. */
    public void export(FigureFormat initialFormat, FigureSubject subject) {
        ExportDialog dialog = new ExportDialog(source, messages, initialFormat, subject);
        if (defaults != null) {
            dialog.startFrom(defaults.get());
        }
        style(dialog);
        dialog.showAndWait().ifPresent(spec -> chooseTarget(spec, subject.fileName())
                .ifPresent(target -> run(subject.figure(spec), target)));
    }

    private Optional<Path> chooseTarget(FigureSpec spec, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("figure.dialog.saveAs"));
        String extension = spec.format().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(spec.format().name(), "*." + extension));
        chooser.setInitialFileName(fileName + "." + extension);
        Path folder = lastFolder != null ? lastFolder
                : defaults == null ? null : defaults.get().folder().filter(Files::isDirectory).orElse(null);
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            path = path.resolveSibling(path.getFileName() + "." + extension);
        }
        lastFolder = path.toAbsolutePath().getParent();
        folderUsed.accept(lastFolder);
        return Optional.of(path);
    }

    /** Writes a figure off the JavaFX thread, with a progress window that can cancel it. */
    public ExportTask run(Figure figure, Path target) {
        return run(new ExportTask(figure, source.pagePainter(), target), "figure.done");
    }

    /** @param doneKey the message that tells where the file was saved: a figure's or a print pack's */
    private ExportTask run(ExportTask task, String doneKey) {
        Path target = task.target();
        Stage progress = progressWindow(task);
        task.setOnSucceeded(e -> {
            progress.close();
            inform(Alert.AlertType.INFORMATION, messages.format(doneKey, target.toString()));
        });
        task.setOnCancelled(e -> {
            progress.close();
            inform(Alert.AlertType.INFORMATION, messages.get("figure.cancelled"));
        });
        task.setOnFailed(e -> {
            progress.close();
            Throwable failure = task.getException();
            if (failure instanceof CancellationException) {
                inform(Alert.AlertType.INFORMATION, messages.get("figure.cancelled"));
                return;
            }
            String text = failure instanceof FigureExportException problem
                    ? problem.problem().get(messages.language()) : String.valueOf(failure);
            inform(Alert.AlertType.ERROR, text);
        });
        progress.show();
        FigureExecutor.get().execute(task);
        return task;
    }

    private Stage progressWindow(ExportTask task) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(360);
        Button cancel = new Button(messages.get("figure.progress.cancel"));
        cancel.setId("figure-export-cancel");
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            task.requestStop();
        });
        Label text = new Label(messages.format("figure.progress.text", task.target().getFileName().toString()));
        VBox box = new VBox(10, text, bar, cancel);
        box.setPadding(new Insets(16));
        Stage stage = new Stage();
        stage.initModality(Modality.WINDOW_MODAL);
        Window window = owner.get();
        if (window != null) {
            stage.initOwner(window);
        }
        stage.setTitle(messages.get("figure.progress.title"));
        Scene scene = new Scene(box);
        if (window != null && window.getScene() != null) {
            scene.getStylesheets().addAll(window.getScene().getStylesheets());
            box.setStyle(window.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        return stage;
    }

    /**
     * File ▸ Export print pack…: asks where to save the lesson's pack, then writes it in the background in
     * the window's language, on the teacher's default paper, with progress and cancel.
     */
    public void exportPrintPack() {
        PageSize page = packPage();
        FigureSpec spec = new FigureSpec(page, FigureSpec.MIN_DPI, FigureFormat.PDF, messages.language(),
                lesson.get().title().get(messages.language()), Set.of());
        chooseTarget(spec, messages.get("pack.fileName")).ifPresent(this::exportPrintPack);
    }

    /** Writes the lesson's print pack to {@code target} in the background, as the menu's command does. */
    public ExportTask exportPrintPack(Path target) {
        Lesson chosen = lesson.get();
        PageSize page = packPage();
        PrintPack pack = source.printPack();
        List<Figure> pages = pack.pages(chosen, page, new PackWords(messages));
        String title = chosen.title().get(messages.language());
        return run(new ExportTask(target, progress -> PdfPackWriter.export(pages, title, pack.pagePainter(),
                target, progress)), "pack.done");
    }

    /** The teacher's default paper, upright (a slide lies on its side); a custom size falls back to A4. */
    private PageSize packPage() {
        Paper paper = defaults == null ? Paper.A4 : defaults.get().paper();
        return paper == Paper.CUSTOM ? Paper.A4.page(false) : paper.page(paper == Paper.SLIDE_16_9);
    }

    /**
     * Says which lesson File ▸ Export print pack… prints: the teacher's lesson; while it has no steps (and
     * before this is called), the atlas's walk through the paper.
     */
    public void packLesson(Supplier<Lesson> current) {
        Supplier<Lesson> story = lesson;
        lesson = () -> {
            Lesson chosen = current.get();
            return chosen == null || chosen.steps().isEmpty() ? story.get() : chosen;
        };
    }

    /** Asks for a PNG, PDF or SVG figure and returns the map to the view it remembers. */
    public void openFigure() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("figure.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("figure.open.filter"),
                "*.png", "*.pdf", "*.svg"));
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            open(file.toPath());
        }
    }

    /**
     * Reads the figure's view in the background, then shows it on the map, and a table's figure in the view
     * it was made from. The atlas keeps its language (decision 0007): when the figure is in the other one, it
     * says so.
     */
    public void open(Path file) {
        FigureExecutor.get().execute(() -> {
            try {
                FigureState state = FigureFiles.readState(file);
                Platform.runLater(() -> shown(state));
            } catch (FigureStateException e) {
                Platform.runLater(() -> inform(Alert.AlertType.ERROR, e.problem().get(messages.language())));
            }
        });
    }

    private void shown(FigureState state) {
        source.model().show(state.map(), true);
        state.table().ifPresent(table -> {
            if (tableOpener == null || !tableOpener.test(table)) {
                inform(Alert.AlertType.INFORMATION, messages.format("figure.open.tableFigure", table.tableId(),
                        table.industryId()));
            }
        });
        if (state.language() != messages.language()) {
            inform(Alert.AlertType.INFORMATION, messages.format("figure.open.otherLanguage",
                    messages.of("menu.language", state.language()), messages.of("menu.language", messages.language())));
        }
    }

    /**
     * Prints through the platform; with no printer, or a page too large for the memory left, says so and
     * offers a PDF instead.
     */
    public void print() {
        switch (printer.print(owner.get())) {
            case NO_PRINTER -> offerPdf("figure.print.noPrinter", "figure-no-printer");
            case TOO_LARGE -> offerPdf("figure.print.tooLarge", "figure-print-too-large");
            case DONE -> {
            }
        }
    }

    /** Says why the page was not printed ({@code key}'s title and text) and offers to export a PDF of it. */
    private void offerPdf(String key, String id) {
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get(key + ".text"));
        ButtonType exportPdf = new ButtonType(messages.get("figure.print.exportPdf"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(exportPdf,
                new ButtonType(messages.get("figure.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setHeaderText(messages.get(key + ".title"));
        alert.setTitle(messages.get(key + ".title"));
        alert.getDialogPane().setId(id);
        style(alert);
        alert.showAndWait().filter(exportPdf::equals).ifPresent(b -> export(FigureFormat.PDF));
    }

    private void inform(Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text, new ButtonType(messages.get("figure.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setHeaderText(type == Alert.AlertType.ERROR ? messages.get("figure.failed.title") : null);
        alert.getDialogPane().setId("figure-message");
        style(alert);
        alert.show();
    }

    private void style(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null && window.getScene() != null) {
            dialog.initOwner(window);
            dialog.getDialogPane().getStylesheets().addAll(window.getScene().getStylesheets());
            dialog.getDialogPane().setStyle(window.getScene().getRoot().getStyle());
        }
    }
}
