// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.render.ClusterShareMapPainter;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.render.GroupedBarChartPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.ui.Messages;
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

    public EvidencePanel(EvidenceViewModel model, MapViewModel map, Messages messages, MapPainter painter, FontSet fonts) {
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
        table2 = new Table2View(model, map, messages, new GroupedBarChartPainter(fonts),
                new ClusterShareMapPainter(painter, fonts));
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

    /** The "证据 Evidence" tab of the narrative tabs, holding a new panel. */
    public static Tab tab(EvidenceViewModel model, MapViewModel map, Messages messages, MapPainter painter, FontSet fonts) {
        Tab tab = new Tab(messages.get("evidence.tab"), new EvidencePanel(model, map, messages, painter, fonts));
        tab.setId("evidence-tab");
        tab.setClosable(false);
        return tab;
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
