// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.TableFigureState;
import org.hinterlandatlas.figure.TableFigures;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.render.ClusterPalette;
import org.hinterlandatlas.render.ClusterShareMapPainter;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.render.GroupedBarChartPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.figure.FigureActions;
import org.hinterlandatlas.ui.figure.FigureSubject;
import org.hinterlandatlas.ui.map.MapViewModel;

/**
 * The evidence of the paper (§三, §四) in four sections: key figures, Table 2 (table, chart, map), the
 * strengths and weak links, and the paths. Choosing an item puts the map in its state; {@link #reveal}
 * opens the item with a given state id, for stepping through the evidence.
 */
public final class EvidencePanel extends TabPane {

    private final EvidenceViewModel model;
    private final MapViewModel map;
    private final Table2View table2;

    private final TableFigures tableFigures;

    /**
     * @param figures the window's figure commands: the chart and the cluster map are exported through them
     */
    public EvidencePanel(EvidenceViewModel model, MapViewModel map, Messages messages, MapPainter painter, FontSet fonts,
                         FigureActions figures) {
        this.model = model;
        this.map = map;
        setId("evidence-sections");
        getStyleClass().add("evidence-panel");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getStylesheets().add(EvidencePanel.class.getResource("/styles/evidence.css").toExternalForm());
        AtlasContent content = map.atlas().content();
        Evidence evidence = model.evidence();
        EvidenceText text = new EvidenceText(messages, content);
        Cards cards = new Cards(model, map);
        // Figures are painted off the JavaFX thread, so by painters of their own (of the same classes).
        ClusterPalette palette = ClusterPalette.of(painter.style(), content.clusters());
        tableFigures = new TableFigures(new GroupedBarChartPainter(fonts, palette), new ClusterShareMapPainter(painter, fonts),
                content, map.atlas().baseMap());
        table2 = new Table2View(model, map, messages, new GroupedBarChartPainter(fonts, palette),
                new ClusterShareMapPainter(painter, fonts),
                kind -> figures.export(FigureFormat.PDF, subject(kind)));
        for (EvidenceViewModel.Section section : EvidenceViewModel.Section.values()) {
            Node body = switch (section) {
                case FIGURES -> new KeyFiguresView(evidence, text, cards);
                case TABLE -> table2;
                case CLAIMS -> new ClaimsView(evidence, text, cards);
                case PATHS -> new PathsView(evidence, content, text, cards);
            };
            Tab tab = new Tab(messages.of("evidence.section", section), scrolled(body));
            tab.setId("evidence-section-" + section.name());
            getTabs().add(tab);
        }
        getSelectionModel().select(model.sectionProperty().get().ordinal());
        getSelectionModel().selectedIndexProperty().addListener((obs, old, index) ->
                model.sectionProperty().set(EvidenceViewModel.Section.values()[index.intValue()]));
        model.sectionProperty().addListener((obs, old, section) -> getSelectionModel().select(section.ordinal()));
    }

    /**
     * The "证据 Evidence" tab of the narrative tabs. Its panel is built when the tab is first shown (or a
     * figure of the table is opened): the sections, the table and the chart are not on screen at start, and
     * styling and laying them out would delay the first map. While it shows Table 2's chart or cluster map,
     * the File menu's Export… exports that; an opened figure of the table returns to it.
     */
    public static Tab tab(EvidenceViewModel model, MapViewModel map, Messages messages, MapPainter painter, FontSet fonts,
                          FigureActions figures) {
        Tab tab = new Tab(messages.get("evidence.tab"));
        tab.setId("evidence-tab");
        tab.setClosable(false);
        Supplier<EvidencePanel> panel = () -> {
            if (tab.getContent() == null) {
                tab.setContent(new EvidencePanel(model, map, messages, painter, fonts, figures));
            }
            return (EvidencePanel) tab.getContent();
        };
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                panel.get();
            }
        });
        figures.offer(() -> tab.isSelected() ? panel.get().shownFigure() : Optional.empty());
        figures.onTableFigure(state -> {
            boolean shown = panel.get().show(state);
            if (shown && tab.getTabPane() != null) {
                tab.getTabPane().getSelectionModel().select(tab);
            }
            return shown;
        });
        return tab;
    }

    /** Table 2's chart or cluster map when the panel shows one, as the subject of a figure. */
    Optional<FigureSubject> shownFigure() {
        if (model.sectionProperty().get() != EvidenceViewModel.Section.TABLE) {
            return Optional.empty();
        }
        return switch (model.tableViewProperty().get()) {
            case CHART -> Optional.of(subject(TableFigureState.Kind.CHART));
            case MAP -> Optional.of(subject(TableFigureState.Kind.MAP));
            case TABLE -> Optional.empty();
        };
    }

    private Table2FigureSubject subject(TableFigureState.Kind kind) {
        return new Table2FigureSubject(tableFigures, kind, model.industryProperty().get());
    }

    /**
     * Opens Table 2's chart or cluster map with the industry of a figure; false when the figure is of another
     * table or an industry the table does not have.
     */
    boolean show(TableFigureState state) {
        if (!state.tableId().equals(model.table().id())) {
            return false;
        }
        return model.table().industry(state.industryId()).map(industry -> {
            model.industryProperty().set(industry);
            model.sectionProperty().set(EvidenceViewModel.Section.TABLE);
            model.tableViewProperty().set(state.kind() == TableFigureState.Kind.CHART
                    ? EvidenceViewModel.TableView.CHART : EvidenceViewModel.TableView.MAP);
            return true;
        }).orElse(false);
    }

    public EvidenceViewModel model() {
        return model;
    }

    /** Opens the section and item of an evidence state and puts the map in it; false when there is none. */
    public boolean reveal(String stateId) {
        return model.reveal(stateId).map(state -> {
            map.show(state, true);
            return true;
        }).orElse(false);
    }

    /** The chart of Table 2, for tests. */
    PaintedCanvas chart() {
        return table2.chart();
    }

    private static ScrollPane scrolled(Node body) {
        VBox padded = new VBox(body);
        padded.getStyleClass().add("evidence-section");
        ScrollPane scroll = new ScrollPane(padded);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }
}
