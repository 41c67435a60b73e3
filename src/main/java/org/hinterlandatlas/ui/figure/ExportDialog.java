// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.figure;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.PageSize;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.figure.io.PngFigureWriter;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.words.Messages;

/**
 * The export dialog: format, paper and orientation (or a custom size), PNG resolution, language, title and
 * furniture, with a live preview of the page painted off the JavaFX thread a moment after the last change.
 * Its result is the spec of the figure to write; the figure shows its subject (the map as it was when the
 * dialog opened, or a chart) and the dialog greys out the furniture the subject does not have.
 */
public final class ExportDialog extends Dialog<FigureSpec> {

    private static final double PREVIEW_WIDTH = 560;
    private static final double PREVIEW_HEIGHT = 420;
    private static final List<Integer> DPIS = List.of(150, 300, 600);

    private final FigureSource source;
    private final Messages messages;
    private final FigureSubject subject;
    private final ChoiceBox<FigureFormat> format = new ChoiceBox<>();
    private final ChoiceBox<Paper> paper = new ChoiceBox<>();
    private final RadioButton landscape;
    private final RadioButton portrait;
    private final Spinner<Double> width = new Spinner<>(PageSize.MIN_MM, PageSize.MAX_MM, 297, 1);
    private final Spinner<Double> height = new Spinner<>(PageSize.MIN_MM, PageSize.MAX_MM, 210, 1);
    private final ChoiceBox<Integer> dpi = new ChoiceBox<>();
    private final ChoiceBox<Language> language = new ChoiceBox<>();
    private final TextField title = new TextField();
    private final Map<Furniture, CheckBox> include = new EnumMap<>(Furniture.class);
    private final ImageView preview = new ImageView();
    private final Label size = new Label();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(180));
    private final AtomicLong generation = new AtomicLong();
    private final ButtonType exportButton;
    private boolean titleEdited;

    /** A dialog for a figure of the map as it is on screen now. */
    public ExportDialog(FigureSource source, Messages messages, FigureFormat initialFormat) {
        this(source, messages, initialFormat, source.currentMap());
    }

    public ExportDialog(FigureSource source, Messages messages, FigureFormat initialFormat, FigureSubject subject) {
        this.source = source;
        this.messages = messages;
        this.subject = subject;
        setTitle(messages.get("figure.dialog.title"));
        exportButton = new ButtonType(messages.get("figure.dialog.export"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(exportButton,
                new ButtonType(messages.get("figure.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setId("figure-export-dialog");

        format.getItems().setAll(FigureFormat.values());
        format.setConverter(converter(f -> f.name()));
        format.setValue(initialFormat);
        format.setId("figure-format");
        paper.getItems().setAll(Paper.values());
        paper.setConverter(converter(p -> p == Paper.CUSTOM ? messages.get("figure.dialog.paper.custom") : p.label()));
        paper.setValue(Paper.A4);
        paper.setId("figure-paper");
        ToggleGroup orientation = new ToggleGroup();
        landscape = new RadioButton(messages.get("figure.dialog.landscape"));
        portrait = new RadioButton(messages.get("figure.dialog.portrait"));
        landscape.setToggleGroup(orientation);
        portrait.setToggleGroup(orientation);
        landscape.setSelected(true);
        landscape.setId("figure-landscape");
        portrait.setId("figure-portrait");
        width.setEditable(true);
        height.setEditable(true);
        width.setId("figure-width");
        height.setId("figure-height");
        dpi.getItems().setAll(DPIS);
        dpi.setValue(300);
        dpi.setConverter(converter(d -> d + " DPI"));
        dpi.setId("figure-dpi");
        language.getItems().setAll(Language.values());
        language.setConverter(converter(l -> messages.of("menu.language", l)));
        language.setValue(messages.language());
        language.setId("figure-language");
        title.setText(subject.defaultTitle(messages.language()));
        title.setId("figure-title");
        title.setPrefColumnCount(24);
        title.textProperty().addListener((o, was, now) -> titleEdited = !now.equals(defaultTitle()));

        getDialogPane().setContent(new HBox(18, form(), previewPane()));
        getDialogPane().setPadding(new Insets(8));
        bindAvailability();
        setResultConverter(button -> button == exportButton ? spec().orElse(null) : null);

        debounce.setOnFinished(e -> renderPreview());
        List<Observable> inputs = List.of(format.valueProperty(), paper.valueProperty(),
                landscape.selectedProperty(), width.valueProperty(), height.valueProperty(), dpi.valueProperty(),
                language.valueProperty(), title.textProperty());
        inputs.forEach(input -> input.addListener(o -> changed()));
        include.values().forEach(box -> box.selectedProperty().addListener(o -> changed()));
        language.valueProperty().addListener((o, was, now) -> {
            if (!titleEdited) {
                title.setText(defaultTitle());
            }
        });
        changed();
    }

    /** What the figure shows, fixed when the dialog opened. */
    public FigureSubject subject() {
        return subject;
    }

    private String defaultTitle() {
        return subject.defaultTitle(language.getValue());
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("figure.dialog.format"), format);
        grid.addRow(row++, label("figure.dialog.paper"), paper);
        grid.addRow(row++, label("figure.dialog.orientation"), new HBox(10, landscape, portrait));
        grid.addRow(row++, label("figure.dialog.width"), width);
        grid.addRow(row++, label("figure.dialog.height"), height);
        grid.addRow(row++, label("figure.dialog.dpi"), dpi);
        grid.addRow(row++, label("figure.dialog.language"), language);
        grid.addRow(row++, label("figure.dialog.titleText"), title);
        VBox boxes = new VBox(6);
        for (Furniture item : Furniture.values()) {
            CheckBox box = new CheckBox(messages.of("figure.furniture", item));
            boolean applies = subject.furniture().contains(item);
            box.setSelected(applies);
            box.setDisable(!applies);
            box.setId("figure-include-" + item.name());
            include.put(item, box);
            boxes.getChildren().add(box);
        }
        Label includeLabel = label("figure.dialog.include");
        GridPane.setValignment(includeLabel, VPos.TOP);
        grid.addRow(row, includeLabel, boxes);
        return grid;
    }

    private Node previewPane() {
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(PREVIEW_HEIGHT);
        preview.setPreserveRatio(true);
        preview.setSmooth(true);
        preview.setId("figure-preview");
        StackPane frame = new StackPane(preview);
        frame.setMinSize(PREVIEW_WIDTH + 16, PREVIEW_HEIGHT + 16);
        frame.setPrefSize(PREVIEW_WIDTH + 16, PREVIEW_HEIGHT + 16);
        frame.setStyle("-fx-background-color: #8a8580;");
        size.setId("figure-size");
        size.setWrapText(true);
        VBox pane = new VBox(6, label("figure.dialog.preview"), frame, size);
        pane.setAlignment(Pos.TOP_LEFT);
        return pane;
    }

    private Label label(String key) {
        return new Label(messages.get(key));
    }

    private void bindAvailability() {
        width.disableProperty().bind(paper.valueProperty().isNotEqualTo(Paper.CUSTOM));
        height.disableProperty().bind(paper.valueProperty().isNotEqualTo(Paper.CUSTOM));
        landscape.disableProperty().bind(paper.valueProperty().isEqualTo(Paper.CUSTOM));
        portrait.disableProperty().bind(paper.valueProperty().isEqualTo(Paper.CUSTOM));
        dpi.disableProperty().bind(format.valueProperty().isNotEqualTo(FigureFormat.PNG));
    }

    /**
     * Starts from the teacher's defaults: the paper, the resolution (added to the list if it is not one of
     * its values) and which of the furniture that applies is on.
     */
    public void startFrom(ExportDefaults defaults) {
        paper.setValue(defaults.paper());
        if (!dpi.getItems().contains(defaults.dpi())) {
            dpi.getItems().add(defaults.dpi());
            dpi.getItems().sort(Integer::compare);
        }
        dpi.setValue(defaults.dpi());
        include.forEach((item, box) -> box.setSelected(!box.isDisabled() && defaults.furniture().contains(item)));
    }

    /** Selects a format, e.g. PDF when printing is not possible. */
    public void selectFormat(FigureFormat chosen) {
        format.setValue(chosen);
    }

    /** The figure's spec as the controls say, or empty when a custom size is out of range. */
    public Optional<FigureSpec> spec() {
        Optional<PageSize> page = page();
        if (page.isEmpty()) {
            return Optional.empty();
        }
        Set<Furniture> furniture = EnumSet.noneOf(Furniture.class);
        include.forEach((item, box) -> {
            if (box.isSelected() && !box.isDisabled()) {
                furniture.add(item);
            }
        });
        return Optional.of(new FigureSpec(page.get(), dpi.getValue(), format.getValue(), language.getValue(),
                title.getText().strip(), furniture));
    }

    private Optional<PageSize> page() {
        if (paper.getValue() != Paper.CUSTOM) {
            return Optional.of(paper.getValue().page(landscape.isSelected()));
        }
        Double w = width.getValue();
        Double h = height.getValue();
        if (w == null || h == null || w < PageSize.MIN_MM || w > PageSize.MAX_MM || h < PageSize.MIN_MM
                || h > PageSize.MAX_MM) {
            return Optional.empty();
        }
        return Optional.of(new PageSize(w, h));
    }

    private void changed() {
        Optional<FigureSpec> spec = spec();
        getDialogPane().lookupButton(exportButton).setDisable(spec.isEmpty());
        if (spec.isEmpty()) {
            size.setText(messages.format("figure.dialog.badSize", (int) PageSize.MIN_MM, (int) PageSize.MAX_MM));
            return;
        }
        PageSize page = spec.get().page();
        String pixels = spec.get().format() == FigureFormat.PNG
                ? messages.format("figure.dialog.pixels", String.valueOf(page.widthPx(spec.get().dpi())),
                        String.valueOf(page.heightPx(spec.get().dpi()))) : "";
        size.setText(messages.format("figure.dialog.size", String.valueOf(Math.round(page.widthMm())),
                String.valueOf(Math.round(page.heightMm())),
                pixels));
        debounce.playFromStart();
    }

    /** Paints the page small, off the JavaFX thread; a newer change makes an older preview's result void. */
    private void renderPreview() {
        Optional<FigureSpec> spec = spec();
        if (spec.isEmpty()) {
            return;
        }
        long mine = generation.incrementAndGet();
        Figure figure = subject.figure(spec.get());
        double previewDpi = Math.min(PREVIEW_WIDTH / (figure.page().widthMm() / 25.4),
                PREVIEW_HEIGHT / (figure.page().heightMm() / 25.4)) * 1.5;
        FigureExecutor.get().execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            BufferedImage image = PngFigureWriter.render(figure, source.pagePainter(), previewDpi);
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    preview.setImage(SwingFXUtils.toFXImage(image, null));
                }
            });
        });
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
