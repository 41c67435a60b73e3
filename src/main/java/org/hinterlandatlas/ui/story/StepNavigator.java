// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.ui.map.MapViewModel;

/**
 * Pages through an ordered list of steps — the story's definition, phases and timeline events, then the
 * steps other panels contribute — putting the map in each step's state and revealing its text. It knows no
 * controls: buttons, keys, the slider and the player all call {@link #next}, {@link #previous} and
 * {@link #go}.
 *
 * <p>The window is rebuilt when the language changes, and the map model carries over the state last shown:
 * a new navigator starts at the step that showed it, so the place in the story survives the switch. Any
 * state shown that is a step (a start-up option, a figure reopened) likewise becomes the current step.
 */
public final class StepNavigator {

    private final MapViewModel model;
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", -1);

    public StepNavigator(MapViewModel model, List<Step> steps) {
        this.model = model;
        this.steps.addAll(steps);
        resumeFromShownState();
        // a state shown from elsewhere (start-up option, a link) that is a step makes it the current one
        model.shownProperty().addListener((o, a, shown) -> {
            int position = shown == null ? -1 : indexOf(shown.id());
            if (position >= 0 && position != index.get()) {
                index.set(position);
                this.steps.get(position).reveal().run();
            }
        });
    }

    /** Adds steps after the present ones, e.g. the evidence after the story. */
    public void append(List<Step> more) {
        steps.addAll(more);
        if (index.get() < 0) {
            resumeFromShownState();
        }
    }

    private void resumeFromShownState() {
        MapState shown = model.shownProperty().get();
        if (shown != null) {
            index.set(indexOf(shown.id()));
        }
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The current step's position, 0-based; -1 before the first step. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index;
    }

    public int indexOf(String stateId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).state().id().equals(stateId)) {
                return i;
            }
        }
        return -1;
    }

    public void next() {
        if (index.get() < steps.size() - 1) {
            go(index.get() + 1);
        }
    }

    public void previous() {
        if (index.get() > 0) {
            go(index.get() - 1);
        }
    }

    /** Shows the step at {@code position}: the map flies to its state and its panel reveals it. */
    public void go(int position) {
        if (position < 0 || position >= steps.size()) {
            throw new IndexOutOfBoundsException("no step " + position + " of " + steps.size());
        }
        Step step = steps.get(position);
        index.set(position);
        model.show(step.state(), true);
        step.reveal().run();
    }

    /** Brings the current step's text into view again, without moving the map; for a rebuilt window. */
    public void revealCurrent() {
        if (index.get() >= 0) {
            steps.get(index.get()).reveal().run();
        }
    }

    /** Goes to the step that shows the state with this id, if there is one. */
    public void go(String stateId) {
        int position = indexOf(stateId);
        if (position >= 0) {
            go(position);
        }
    }

    /** "3 / 18": the current step counted from 1, or "– / 18" before the first. */
    public StringBinding position() {
        return Bindings.createStringBinding(() -> (index.get() < 0 ? "–" : String.valueOf(index.get() + 1))
                + " / " + steps.size(), index, steps);
    }

    public BooleanBinding hasNext() {
        return Bindings.createBooleanBinding(() -> index.get() < steps.size() - 1, index, steps);
    }

    public BooleanBinding hasPrevious() {
        return Bindings.createBooleanBinding(() -> index.get() > 0, index);
    }

    /** The ids of the steps, in order; for the slider and the player. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        steps.forEach(s -> ids.add(s.state().id()));
        return ids;
    }
}
