// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.hinterlandatlas.model.ReferenceList;
import org.hinterlandatlas.model.Story;
import org.hinterlandatlas.render.CentrePeripheryDiagramPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.TimelinePainter;
import org.hinterlandatlas.ui.classroom.lesson.LessonActions;
import org.hinterlandatlas.ui.classroom.lesson.LessonPanel;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.ui.story.NarrativeKeys;
import org.hinterlandatlas.ui.story.SourcesPanel;
import org.hinterlandatlas.ui.story.Step;
import org.hinterlandatlas.ui.story.StepNavigator;
import org.hinterlandatlas.ui.story.StoryPanel;
import org.hinterlandatlas.words.Messages;

/**
 * The narrative on the left: the story (definition, phases, timeline), the sources, the lesson and the tabs
 * other parts add (the evidence). Its steps are paged with Previous/Next and the presentation keys from the
 * start; the tabs themselves are made when the narrative is first shown, after the map's first frame. A step
 * taken before then moves the map only, and the narrative opens at the step shown.
 */
final class NarrativeTabs {

    private static final String PAPER = "gong-song-2024";

    private final MapViewModel model;
    private final MapPainter painter;
    private final LessonActions lessons;
    private final Messages messages;
    private final Runnable compare;
    private final Tab storyTab;
    private final List<Tab> added = new ArrayList<>();
    private final StepNavigator navigator;
    /** Once made, the tabs show the step the map shows: the steps taken before revealed nothing. */
    private final BuiltOnFirstUse<Built> built = new BuiltOnFirstUse<>(this::build, made -> navigator().revealCurrent());

    /** The tabs once made, and the story panel whose cards the story's steps scroll to. */
    private record Built(TabPane tabs, StoryPanel story) {
    }

    /**
     * @param root    where the presentation keys are caught (the window's root)
     * @param compare opens the comparison of two phases
     */
    NarrativeTabs(Node root, MapViewModel model, MapPainter painter, LessonActions lessons, Messages messages,
                  Runnable compare) {
        this.model = model;
        this.painter = painter;
        this.lessons = lessons;
        this.messages = messages;
        this.compare = compare;
        storyTab = new Tab(messages.get("story.tab"));
        storyTab.setId("tab-story");
        navigator = new StepNavigator(model, storySteps(model.atlas().content().story()));
        NarrativeKeys.install(root, navigator);
    }

    /** A story step brings the story tab forward, whichever tab is open, and scrolls to its card. */
    private List<Step> storySteps(Story story) {
        return story.steps().stream().map(state -> new Step(state, () -> built.ifBuilt(made -> {
            made.tabs().getSelectionModel().select(storyTab);
            made.story().reveal(state.id());
        }))).toList();
    }

    /** Pages through the story, then the steps the added tabs bring. */
    StepNavigator navigator() {
        return navigator;
    }

    /** The tabs, made now if they have not been yet. */
    TabPane tabs() {
        return built.get().tabs();
    }

    /**
     * Adds a tab after the story's, the sources' and the lesson's, and its steps after the story's: each
     * brings the tab forward, then reveals its item.
     */
    void add(Tab tab, List<Step> steps) {
        added.add(tab);
        built.ifBuilt(made -> made.tabs().getTabs().add(tab));
        navigator.append(steps.stream().map(step -> new Step(step.state(), () -> built.ifBuilt(made -> {
            made.tabs().getSelectionModel().select(tab);
            step.reveal().run();
        }))).toList());
    }

    private Built build() {
        Story story = model.atlas().content().story();
        ReferenceList references = new ReferenceList(model.atlas().content().sources(), PAPER);
        StoryPanel storyPanel = new StoryPanel(model, story, references,
                new CentrePeripheryDiagramPainter(painter.style(), painter.fonts()),
                new TimelinePainter(painter.style(), painter.fonts()), messages, compare);
        storyTab.setContent(storyPanel);
        Tab sourcesTab = new Tab(messages.get("story.sources.tab"), new SourcesPanel(references, messages));
        sourcesTab.setId("tab-sources");
        Tab lessonTab = new Tab(messages.get("lesson.tab"), new LessonPanel(lessons, messages));
        lessonTab.setId("tab-lesson");
        TabPane tabs = new TabPane(storyTab, sourcesTab, lessonTab);
        tabs.getTabs().addAll(added);
        tabs.setId("narrative-tabs");
        tabs.getStyleClass().add("narrative-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the room the shell gives the narrative decides its height; what is in it must not ask for more
        tabs.setMinHeight(0);
        storyPanel.attach(navigator);
        return new Built(tabs, storyPanel);
    }
}
