// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The story a teacher walks a class through: the definition, the historical phases, the policy timeline. */
public record Story(Definition definition, List<Phase> phases, List<TimelineEvent> events) {

    public Story {
        phases = List.copyOf(phases);
        events = List.copyOf(events);
    }

    /** The Table 1 rows, in the paper's order. */
    public List<TimelineEvent> table1() {
        return events.stream().filter(TimelineEvent::table1).toList();
    }

    public Optional<Phase> phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The story's part of the Previous/Next walk, in its order: the definition, the phases, the events. */
    public List<MapState> steps() {
        List<MapState> steps = new ArrayList<>();
        steps.add(definition.state());
        phases.forEach(p -> steps.add(p.state()));
        events.forEach(e -> steps.add(e.state()));
        return steps;
    }

    /** Every map state of the story, in story order: definition, its theory elements, phases, events. */
    public List<MapState> mapStates() {
        List<MapState> states = new ArrayList<>();
        states.add(definition.state());
        definition.elements().forEach(e -> states.add(e.state()));
        phases.forEach(p -> states.add(p.state()));
        events.forEach(e -> states.add(e.state()));
        return states;
    }
}
