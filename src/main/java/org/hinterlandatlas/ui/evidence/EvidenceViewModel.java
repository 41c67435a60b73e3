// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hinterlandatlas.model.ClaimKind;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.render.ClusterShading;

/**
 * The state of the evidence panel that outlives its controls: the section shown, Table 2's view (table,
 * chart or map) and its selected industry, and the item last revealed. It is language-free, so the same
 * model carries over when the window is rebuilt in the other language.
 */
public final class EvidenceViewModel {

    /** The panel's sections, in the paper's order. */
    public enum Section {
        FIGURES, TABLE, CLAIMS, PATHS
    }

    /** The three views of Table 2's one dataset. */
    public enum TableView {
        TABLE, CHART, MAP
    }

    private final Evidence evidence;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.FIGURES);
    private final ObjectProperty<TableView> tableView = new SimpleObjectProperty<>(this, "tableView", TableView.TABLE);
    private final ObjectProperty<ProjectTable.Industry> industry;
    private final ObjectProperty<String> revealed = new SimpleObjectProperty<>(this, "revealed");

    public EvidenceViewModel(Evidence evidence) {
        this.evidence = evidence;
        this.industry = new SimpleObjectProperty<>(this, "industry", evidence.table2().industries().get(0));
    }

    public Evidence evidence() {
        return evidence;
    }

    /** The one dataset behind the table, the chart and the map. */
    public ProjectTable table() {
        return evidence.table2();
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObjectProperty<TableView> tableViewProperty() {
        return tableView;
    }

    public ObjectProperty<ProjectTable.Industry> industryProperty() {
        return industry;
    }

    /** The id of the map state of the item last revealed or chosen, or null. */
    public ObjectProperty<String> revealedProperty() {
        return revealed;
    }

    /** The clusters coloured by their national share in the selected industry, on the table's common scale. */
    public ClusterShading shading() {
        return new ClusterShading(table().shares(industry.get()), table().maxShare());
    }

    /** Every evidence item's map state, in the paper's order: the steps of the evidence. */
    public List<MapState> states() {
        return evidence.mapStates();
    }

    /**
     * Opens the section holding the item with this state id and marks it as revealed; returns its state, or
     * empty when no evidence item has that id.
     */
    public Optional<MapState> reveal(String stateId) {
        Optional<MapState> state = states().stream().filter(s -> s.id().equals(stateId)).findFirst();
        state.ifPresent(s -> {
            section.set(sectionOf(stateId));
            if (stateId.equals(evidence.tableState().id())) {
                tableView.set(TableView.MAP);
            }
            revealed.set(stateId);
        });
        return state;
    }

    private Section sectionOf(String stateId) {
        if (stateId.equals(evidence.tableState().id())) {
            return Section.TABLE;
        }
        if (evidence.figureStates().values().stream().anyMatch(s -> s.id().equals(stateId))) {
            return Section.FIGURES;
        }
        boolean claim = evidence.claims(ClaimKind.STRENGTH).stream().anyMatch(c -> c.state().id().equals(stateId))
                || evidence.claims(ClaimKind.WEAK_LINK).stream().anyMatch(c -> c.state().id().equals(stateId));
        return claim ? Section.CLAIMS : Section.PATHS;
    }
}
