// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.junit.jupiter.api.Test;

/** The navigator without a toolkit: stepping, the position text, resuming after a language switch. */
class StepNavigatorTest {

    private final MapViewModel model = new MapViewModel(ShippedAtlas.atlas(), Language.ZH);
    private final List<String> revealed = new ArrayList<>();

    private List<Step> storySteps() {
        List<Step> steps = new ArrayList<>();
        for (MapState state : ShippedAtlas.atlas().content().story().mapStates()) {
            if (!state.id().startsWith("definition-")) {
                steps.add(new Step(state, () -> revealed.add(state.id())));
            }
        }
        return steps;
    }

    @Test
    void stepsForwardAndBackShowingEachStateAndRevealingIt() {
        StepNavigator navigator = new StepNavigator(model, storySteps());
        assertEquals("– / 18", navigator.position().get());
        assertFalse(navigator.hasPrevious().get());

        navigator.next();
        assertEquals("1 / 18", navigator.position().get());
        assertEquals("definition", model.shownProperty().get().id());

        navigator.go("phase-third-front");
        assertEquals("4 / 18", navigator.position().get());
        assertTrue(model.layers().contains(MapLayerId.HISTORY));
        assertEquals(model.shownProperty().get().highlighted(), model.highlighted());

        navigator.previous();
        assertEquals("phase-rear-area", model.shownProperty().get().id());
        assertEquals(List.of("definition", "phase-third-front", "phase-rear-area"), revealed);
    }

    @Test
    void stopsAtBothEnds() {
        StepNavigator navigator = new StepNavigator(model, storySteps());
        navigator.go(17);
        navigator.next();
        assertEquals(17, navigator.indexProperty().get());
        assertFalse(navigator.hasNext().get());
        navigator.go(0);
        navigator.previous();
        assertEquals(0, navigator.indexProperty().get());
    }

    @Test
    void aNewWindowsNavigatorResumesWhereTheOldOneWas() {
        StepNavigator navigator = new StepNavigator(model, storySteps());
        navigator.go("event-2023-07");
        MapViewModel english = MapViewModel.continuing(model, Language.EN);
        StepNavigator rebuilt = new StepNavigator(english, storySteps());
        assertEquals(navigator.indexProperty().get(), rebuilt.indexProperty().get());
    }

    @Test
    void otherPanelsAppendStepsAfterTheStory() {
        StepNavigator navigator = new StepNavigator(model, storySteps());
        MapState evidence = MapState.of(ShippedAtlas.atlas().content().view("circle").orElseThrow())
                .withTitle(model.title());
        navigator.append(List.of(Step.of(new MapState("evidence-1", evidence.title(), evidence.southWest(),
                evidence.northEast(), evidence.layers(), evidence.highlighted()))));
        navigator.go(17);
        navigator.next();
        assertEquals("19 / 19", navigator.position().get());
        assertEquals("evidence-1", model.shownProperty().get().id());
    }

    @Test
    void aStateShownFromElsewhereThatIsAStepBecomesTheCurrentStep() {
        StepNavigator navigator = new StepNavigator(model, storySteps());
        model.show(ShippedAtlas.atlas().content().mapState("phase-municipality").orElseThrow(), false);
        assertEquals("5 / 18", navigator.position().get());
    }
}
