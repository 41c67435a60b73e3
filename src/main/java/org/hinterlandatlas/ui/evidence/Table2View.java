// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.hinterlandatlas.figure.TableFigureState;
import org.hinterlandatlas.figure.io.WriteProblem;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.render.ClusterShareMapPainter;
import org.hinterlandatlas.render.GroupedBarChartPainter;
import org.hinterlandatlas.render.OverlayScene;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.MapViewModel;

/**
 * Table 2 in three views of one dataset — the table as printed, a grouped bar chart and a national map of
 * the clusters — with one industry selected across all three; copy and save as CSV.
 */
final class Table2View extends VBox {

    private static final Logger LOG = Logger.getLogger(Table2View.class.getName());
    private static final double MIN_INDUSTRY_WIDTH = 112;
    private static final double HEADER_LINE = 18;
    private static final double CELL_PADDING = 18;
    /** Header text is bold, so wider than the measured regular text. */
    private static final double HEADER_PADDING = 12;
    /** Rows, the header's padding and the horizontal scroll bar, in pixels. */
    private static final double ROW_HEIGHT = 25;
    private static final double HEADER_AND_SCROLL_BAR = 36;

    private final EvidenceViewModel model;
    private final MapViewModel map;
    private final Messages messages;
    private final GroupedBarChartPainter chartPainter;
    private final ClusterShareMapPainter mapPainter;
    private final Label status = Cards.text("", "evidence-meta");
    private final PaintedCanvas chart;
    private final PaintedCanvas clusterMap;
    private final TableView<List<String>> table = new TableView<>();
    private final Consumer<TableFigureState.Kind> export;

    /**
     * @param export opens the export dialog for the chart or the cluster map of the selected industry
     */
    Table2View(EvidenceViewModel model, MapViewModel map, Messages messages, GroupedBarChartPainter chartPainter,
               ClusterShareMapPainter mapPainter, Consumer<TableFigureState.Kind> export) {
        super(6);
        this.model = model;
        this.map = map;
        this.messages = messages;
        this.chartPainter = chartPainter;
        this.mapPainter = mapPainter;
        this.export = export;
        Language language = messages.language();
        ProjectTable data = model.table();
        chart = new PaintedCanvas(this::paintChart, 400, 420);
        chart.setId("evidence-chart");
        clusterMap = new PaintedCanvas(this::paintMap, 400, 330);
        clusterMap.setId("evidence-cluster-map");

        ComboBox<ProjectTable.Industry> industry = new ComboBox<>();
        industry.setId("evidence-industry");
        industry.getItems().setAll(data.industries());
        industry.setCellFactory(list -> new IndustryCell(language));
        industry.setButtonCell(new IndustryCell(language));
        industry.valueProperty().bindBidirectional(model.industryProperty());
        industry.setMaxWidth(Double.MAX_VALUE);

        TabPane views = new TabPane();
        views.setId("evidence-table-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (EvidenceViewModel.TableView view : EvidenceViewModel.TableView.values()) {
            Tab tab = new Tab(messages.of("evidence.tableView", view), content(view));
            tab.setId("evidence-tableView-" + view.name());
            views.getTabs().add(tab);
        }
        views.getSelectionModel().select(model.tableViewProperty().get().ordinal());
        views.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) ->
                model.tableViewProperty().set(EvidenceViewModel.TableView.values()[index.intValue()]));
        model.tableViewProperty().addListener((obs, old, view) -> views.getSelectionModel().select(view.ordinal()));
        model.industryProperty().addListener((obs, old, selected) -> {
            chart.repaint();
            clusterMap.repaint();
            table.refresh();
        });

        getChildren().addAll(Cards.text(data.title().get(language), "evidence-title"),
                Cards.text(messages.format("evidence.table.unit", data.unit().get(language)), "evidence-meta"),
                new Label(messages.get("evidence.table.industry")), industry, views,
                Cards.text(data.note().get(language), "evidence-meta"));
    }

    /** The chart, for tests: it paints {@link EvidenceViewModel#table()}. */
    PaintedCanvas chart() {
        return chart;
    }

    private Node content(EvidenceViewModel.TableView view) {
        return switch (view) {
            case TABLE -> tablePane();
            case CHART -> chartPane();
            case MAP -> mapPane();
        };
    }

    private VBox tablePane() {
        fill(table);
        table.setId("evidence-table");
        Button copy = new Button(messages.get("evidence.table.copy"));
        copy.setId("evidence-copy");
        copy.setOnAction(e -> copy());
        Button save = new Button(messages.get("evidence.table.saveCsv"));
        save.setOnAction(e -> save());
        Button enlarge = new Button(messages.get("evidence.table.enlarge"));
        enlarge.setOnAction(e -> {
            TableView<List<String>> large = new TableView<>();
            fill(large);
            window(model.table().title().get(messages.language()), large, 980, 560);
        });
        return new VBox(6, table, new FlowPane(6, 6, copy, save, enlarge), status);
    }

    /**
     * Puts the rows as printed into a table: each column as wide as its longest cell, the headers wrapped
     * at spaces, the selected industry's column marked.
     */
    private void fill(TableView<List<String>> view) {
        List<List<String>> rows = rows(true);
        List<String> header = rows.get(0);
        int headerLines = 1;
        for (int c = 0; c < header.size(); c++) {
            int column = c;
            TableColumn<List<String>, String> col = new TableColumn<>();
            double cells = rows.subList(1, rows.size()).stream().mapToDouble(r -> textWidth(r.get(column))).max().orElse(0);
            double longestWord = Arrays.stream(header.get(c).split(" ")).mapToDouble(Table2View::textWidth)
                    .max().orElse(0);
            double width = Math.max(column < 2 ? 0 : MIN_INDUSTRY_WIDTH,
                    Math.max(cells, longestWord + HEADER_PADDING) + CELL_PADDING);
            // The header broken into lines by hand: a header does not grow for a wrapping label.
            List<String> titleLines = headerLines(header.get(c), width - CELL_PADDING);
            headerLines = Math.max(headerLines, titleLines.size());
            col.setText(String.join("\n", titleLines));
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(column)));
            col.setSortable(false);
            col.setReorderable(false);
            col.setPrefWidth(width);
            if (column >= 2) {
                col.setStyle("-fx-alignment: CENTER;");
                int industry = column - 2;
                model.industryProperty().addListener((obs, old, selected) -> mark(col, industry));
                mark(col, industry);
            }
            view.getColumns().add(col);
        }
        view.getItems().setAll(rows.subList(1, rows.size()));
        view.setFixedCellSize(ROW_HEIGHT);
        view.setPrefHeight(ROW_HEIGHT * (rows.size() - 1) + HEADER_LINE * headerLines + HEADER_AND_SCROLL_BAR);
        view.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** Breaks a header at spaces into lines no wider than {@code width}; Chinese headers stay on one line. */
    private static List<String> headerLines(String text, double width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && textWidth(longer) + HEADER_PADDING > width) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    private static double textWidth(String text) {
        Text measured = new Text(text);
        measured.setFont(Font.font("Noto Sans SC", 13));
        return measured.getLayoutBounds().getWidth();
    }

    private void mark(TableColumn<List<String>, String> column, int industry) {
        column.getStyleClass().remove("evidence-selected-column");
        if (model.table().indexOf(model.industryProperty().get()) == industry) {
            column.getStyleClass().add("evidence-selected-column");
        }
    }

    private List<List<String>> rows(boolean printed) {
        return TableText.rows(model.table(), messages.language(), messages.get("evidence.table.region"),
                messages.get("evidence.table.province"), messages.get("evidence.table.share"), printed);
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(TableText.tabSeparated(rows(true)));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        status.setText(messages.get("evidence.table.copy.done"));
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("evidence.table.saveCsv.title"));
        chooser.setInitialFileName(messages.get("evidence.table.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("evidence.table.csvFile"), "*.csv"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            TableText.write(file.toPath(), TableText.csv(rows(false)));
            status.setText(messages.format("evidence.table.saveCsv.done", file.getName()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save Table 2 as CSV to " + file, e);
            status.setText(messages.format("evidence.table.saveCsv.failed", WriteProblem.of(e).get(messages.language())));
        }
    }

    private VBox chartPane() {
        Button enlarge = new Button(messages.get("evidence.chart.enlarge"));
        enlarge.setOnAction(e -> enlarge());
        return new VBox(6, chart, new FlowPane(6, 6, enlarge, exportButton(TableFigureState.Kind.CHART)));
    }

    /** A separate window with the chart at a size where every label has room. */
    private void enlarge() {
        PaintedCanvas large = new PaintedCanvas(this::paintChart, 900, 620);
        model.industryProperty().addListener((obs, old, selected) -> large.repaint());
        window(model.table().title().get(messages.language()), large, 900, 620);
    }

    private void window(String title, Parent content, double width, double height) {
        Stage stage = new Stage();
        stage.setTitle(title);
        Scene scene = new Scene(new BorderPane(content), width, height);
        if (getScene() != null) {
            scene.getStylesheets().addAll(getScene().getStylesheets());
            scene.getStylesheets().add(Table2View.class.getResource("/styles/evidence.css").toExternalForm());
            stage.initOwner(getScene().getWindow());
        }
        stage.setScene(scene);
        stage.show();
    }

    private Button exportButton(TableFigureState.Kind kind) {
        Button button = new Button(messages.get("evidence.figure.export"));
        button.setId("evidence-export-" + kind.name());
        button.setOnAction(e -> export.accept(kind));
        return button;
    }

    private void paintChart(Graphics2D g, double width, double height) {
        ProjectTable data = model.table();
        chartPainter.paint(g, new Rectangle2D.Double(0, 0, width, height), data,
                data.indexOf(model.industryProperty().get()), messages.language(), Table2Words.chart(messages), 1.0);
    }

    private VBox mapPane() {
        Button showOnMain = new Button(messages.get("evidence.map.showOnMain"));
        showOnMain.setWrapText(true);
        showOnMain.setOnAction(e -> {
            model.revealedProperty().set(model.evidence().tableState().id());
            map.show(model.evidence().tableState(), true);
        });
        return new VBox(6, clusterMap, Cards.text(messages.get("evidence.map.note"), "evidence-meta"), showOnMain,
                exportButton(TableFigureState.Kind.MAP));
    }

    private void paintMap(Graphics2D g, double width, double height) {
        var state = model.evidence().tableState();
        OverlayScene scene = new OverlayScene(map.atlas().content(), map.atlas().baseMap(),
                ClusterShareMapPainter.LAYERS, messages.language(), Set.of(), model.shading());
        mapPainter.paint(g, width, height, state.southWest(), state.northEast(), scene,
                Table2Words.map(messages, model.industryProperty().get()));
    }

    /** Shows an industry by its name in the panel's language. */
    private static final class IndustryCell extends ListCell<ProjectTable.Industry> {

        private final Language language;

        IndustryCell(Language language) {
            this.language = language;
        }

        @Override
        protected void updateItem(ProjectTable.Industry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name().get(language));
        }
    }
}
