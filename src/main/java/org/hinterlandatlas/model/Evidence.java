// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paper's evidence (§三, §四): its key figures, Table 2, its strengths and weak links and the measures
 * of its four paths. Each item that can be shown on the map has a {@link MapState} whose id starts with
 * {@code evidence-}; {@link #mapStates()} lists them in the paper's order, for stepping and for figures.
 *
 * @param figureStates the map state of each key figure that is about a place, corridor or area, by figure id
 * @param tableState   the national map of the clusters that Table 2 compares
 * @param keptMaps     by state id, why a step keeps the map of the step before it on purpose
 */
public record Evidence(List<Statistic> figures, Map<String, MapState> figureStates, ProjectTable table2,
                       MapState tableState, List<Claim> claims, List<ThinkingMode> paths,
                       Map<String, Bilingual> keptMaps) {

    public static final String STATE_PREFIX = "evidence-";

    public Evidence {
        figures = List.copyOf(figures);
        figureStates = Map.copyOf(figureStates);
        claims = List.copyOf(claims);
        paths = List.copyOf(paths);
        keptMaps = Map.copyOf(keptMaps);
    }

    /** Why a state keeps the map of the step before it on purpose, if it does. */
    public Optional<Bilingual> keepsMap(String stateId) {
        return Optional.ofNullable(keptMaps.get(stateId));
    }

    public List<Claim> claims(ClaimKind kind) {
        return claims.stream().filter(c -> c.kind() == kind).toList();
    }

    public List<Statistic> figuresOf(Claim strength) {
        return figures.stream().filter(f -> f.strengthId().equals(strength.id())).toList();
    }

    public Optional<MapState> stateOf(Statistic figure) {
        return Optional.ofNullable(figureStates.get(figure.id()));
    }

    /**
     * Every evidence state in the paper's order: each strength followed by its key figures that have a
     * place, the weak links (Table 2's map after the one that cites it), then the measures of the paths.
     */
    public List<MapState> mapStates() {
        List<MapState> states = new ArrayList<>();
        for (Claim strength : claims(ClaimKind.STRENGTH)) {
            states.add(strength.state());
            figuresOf(strength).forEach(f -> stateOf(f).ifPresent(states::add));
        }
        for (Claim weak : claims(ClaimKind.WEAK_LINK)) {
            states.add(weak.state());
            if (weak.tableId().equals(table2.id())) {
                states.add(tableState);
            }
        }
        if (!states.contains(tableState)) {
            states.add(tableState);
        }
        for (ThinkingMode mode : paths) {
            mode.measures().forEach(m -> states.add(m.state()));
        }
        return states;
    }
}
