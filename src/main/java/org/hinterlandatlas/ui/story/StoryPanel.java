// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.model.PhaseFeature;
import org.hinterlandatlas.model.ReferenceList;
import org.hinterlandatlas.model.Story;
import org.hinterlandatlas.model.TimelineEvent;
import org.hinterlandatlas.render.CentrePeripheryDiagramPainter;
import org.hinterlandatlas.render.TimelinePainter;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.MapViewModel;

/**
 * The story tab: Previous/Next with the position, a slider and player over the phases, and below them
 * the definition, the phase cards and the policy timeline. Selecting any card steps the story there.
 */
public final class StoryPanel extends VBox {

    private final Story story;
    private final AtlasContent content;
    private final Messages messages;
    private final ScrollPane scroll = new ScrollPane();
    /** The card of the step shown last, kept in view when the scroll pane's height changes. */
    private Node revealed;
    private final Map<String, Node> cards = new LinkedHashMap<>();
    private final DefinitionView definition;
    /** The timeline above the cards while an event is the current step. */
    private final TimelineView timeline;
    /** The same timeline in its section, for the rest of the time. */
    private final TimelineView inlineTimeline;
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Label position = new Label();
    private final Button play = new Button();
    private final Slider slider = new Slider();
    private final Label phaseLabel = new Label();
    private StepNavigator navigator;

    /**
     * @param compare opens the comparison of two phases
     */
    public StoryPanel(MapViewModel model, Story story, ReferenceList references, CentrePeripheryDiagramPainter diagram,
                      TimelinePainter timelinePainter, Messages messages, Runnable compare) {
        this.story = story;
        this.content = model.atlas().content();
        this.messages = messages;
        getStyleClass().add("story-panel");
        getStylesheets().add(StoryPanel.class.getResource("/styles/story.css").toExternalForm());
        Cards parts = new Cards(messages, references);

        VBox content = new VBox(8);
        content.setPadding(new Insets(4, 10, 12, 8));
        content.getChildren().add(section("story.section.definition"));
        definition = new DefinitionView(story.definition(), model, diagram, parts, messages,
                () -> navigator.go(story.definition().state().id()));
        content.getChildren().add(definition);
        cards.put(story.definition().state().id(), definition.getChildren().get(0));

        content.getChildren().add(section("story.section.phases"));
        for (Phase phase : story.phases()) {
            Node card = phaseCard(phase, parts);
            cards.put(phase.id(), card);
            content.getChildren().add(card);
        }

        content.getChildren().add(section("story.section.timeline"));
        timeline = new TimelineView(story, timelinePainter, messages, id -> navigator.go(id));
        inlineTimeline = new TimelineView(story, timelinePainter, messages, id -> navigator.go(id));
        timeline.setId("story-timeline-pinned");
        inlineTimeline.setId("story-timeline");
        inlineTimeline.managedProperty().bind(inlineTimeline.visibleProperty());
        inlineTimeline.visibleProperty().bind(timeline.visibleProperty().not());
        content.getChildren().addAll(inlineTimeline, parts.text(messages.get("story.timeline.legend"), "story-hint"));
        for (TimelineEvent event : story.events()) {
            Node card = eventCard(event, parts);
            cards.put(event.id(), card);
            content.getChildren().add(card);
        }
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        // the pinned timeline takes its full height a pulse after it appears, shrinking the scroll pane from
        // the top: the card just revealed is scrolled to again, so it is not left hidden under the timeline
        scroll.viewportBoundsProperty().addListener((o, before, after) -> {
            if (revealed != null && before.getHeight() != after.getHeight()) {
                Node card = revealed;
                Platform.runLater(() -> Cards.scrollTo(scroll, card));
            }
        });
        scroll.getStyleClass().add("story-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button compareButton = new Button(messages.get("story.compare"));
        compareButton.setId("story-compare");
        compareButton.setOnAction(e -> compare.run());
        // the time axis stays above the cards while the timeline is paged, so the current event is seen on it
        timeline.setPadding(new Insets(0, 8, 0, 8));
        timeline.getStyleClass().add("story-timeline-pinned");
        timeline.managedProperty().bind(timeline.visibleProperty());
        timeline.setVisible(false);
        getChildren().addAll(toolbar(), phaseBar(), timeline, scroll, compareRow(compareButton));
    }

    /** Connects the controls to the navigator that pages through these steps and any others. */
    public void attach(StepNavigator stepNavigator) {
        this.navigator = stepNavigator;
        previous.setOnAction(e -> stepNavigator.previous());
        next.setOnAction(e -> stepNavigator.next());
        previous.disableProperty().bind(stepNavigator.hasPrevious().not());
        next.disableProperty().bind(stepNavigator.hasNext().not());
        position.textProperty().bind(stepNavigator.position());
        List<String> phaseIds = story.phases().stream().map(Phase::id).toList();
        PhasePlayer player = new PhasePlayer(stepNavigator, phaseIds);
        play.setOnAction(e -> player.toggle());
        play.textProperty().bind(Bindings.when(player.playingProperty())
                .then(messages.get("story.pause")).otherwise(messages.get("story.play")));
        // a drag goes to the phase where it is let go; a click or a key goes there at once
        Runnable goToSlider = () -> {
            int phase = (int) Math.round(slider.getValue());
            if (!slider.isValueChanging() && player.currentPhase() != phase) {
                stepNavigator.go(phaseIds.get(phase));
            }
        };
        slider.valueProperty().addListener((o, a, value) -> goToSlider.run());
        slider.valueChangingProperty().addListener((o, was, changing) -> goToSlider.run());
        // a window rebuilt in the other language drops this panel: its player must not go on in the background
        sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                player.pause();
            }
        });
        stepNavigator.indexProperty().addListener((o, a, b) -> follow(player));
        follow(player);
        stepNavigator.revealCurrent();
    }

    /** Marks the current card and keeps the slider on the current phase. */
    private void follow(PhasePlayer player) {
        int index = navigator.indexProperty().get();
        String id = index < 0 ? null : navigator.ids().get(index);
        cards.forEach((cardId, card) -> {
            card.getStyleClass().remove("story-card-current");
            if (cardId.equals(id)) {
                card.getStyleClass().add("story-card-current");
            }
        });
        timeline.select(id);
        inlineTimeline.select(id);
        timeline.setVisible(id != null && story.events().stream().anyMatch(e -> e.id().equals(id)));
        int phase = player.currentPhase();
        if (phase >= 0) {
            slider.setValue(phase);
            Phase shown = story.phases().get(phase);
            phaseLabel.setText(shown.period().get(messages.language()));
        }
    }

    /** Scrolls to the card of a step (the id of its state) once it has been laid out. */
    public void reveal(String id) {
        Node card = cards.get(id);
        revealed = card;
        if (card != null) {
            // after the next layout pass, when the card's position is known
            Platform.runLater(() -> Cards.scrollTo(scroll, card));
        }
    }

    private HBox toolbar() {
        previous.setText(messages.get("story.previous"));
        previous.setId("story-previous");
        next.setText(messages.get("story.next"));
        next.setId("story-next");
        position.setId("story-position");
        position.getStyleClass().add("story-position");
        position.setTooltip(new Tooltip(messages.get("story.position.tooltip")));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox bar = new HBox(6, previous, gap, position, gap2, next);
        bar.setAlignment(Pos.CENTER);
        bar.getStyleClass().add("story-bar");
        return bar;
    }

    private HBox phaseBar() {
        play.setId("story-play");
        play.setMinWidth(Region.USE_PREF_SIZE);
        slider.setId("story-slider");
        slider.setMin(0);
        slider.setMax(Math.max(1, story.phases().size() - 1));
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(1);
        slider.setTooltip(new Tooltip(messages.get("story.slider.tooltip")));
        slider.setAccessibleText(messages.get("story.slider.tooltip"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        phaseLabel.setId("story-phase-label");
        phaseLabel.getStyleClass().add("story-card-period");
        phaseLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, play, slider, phaseLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    private static HBox compareRow(Button compare) {
        HBox row = new HBox(compare);
        row.setAlignment(Pos.CENTER_RIGHT);
        row.setPadding(new Insets(4, 8, 6, 8));
        return row;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("story-section");
        return label;
    }

    private Node phaseCard(Phase phase, Cards parts) {
        VBox card = Cards.card("story-" + phase.id(),
                parts.text(phase.title(), "story-card-title"),
                parts.text(phase.period(), "story-card-period"),
                parts.text(phase.narrative(), "story-text"),
                parts.text(onTheMap(phase), "story-on-map"),
                parts.cite(phase.citations()));
        card.setOnMouseClicked(e -> navigator.go(phase.id()));
        return card;
    }

    /**
     * "地图上：三线建设骨干企业：攀枝花钢铁厂、西南铝加工厂…；三线建设重点地区：重庆主城": what the phase highlights,
     * grouped by the role each feature has in it.
     */
    private String onTheMap(Phase phase) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (PhaseFeature feature : phase.features()) {
            String name = content.nameOf(feature.ref()).map(n -> n.get(messages.language())).orElse(feature.ref().id());
            byRole.computeIfAbsent(feature.role().get(messages.language()), role -> new ArrayList<>()).add(name);
        }
        List<String> groups = new ArrayList<>();
        byRole.forEach((role, names) -> groups.add(messages.format("story.onMap.group", role,
                String.join(messages.get("story.onMap.names"), names))));
        return messages.format("story.onMap", String.join(messages.get("story.onMap.groups"), groups));
    }

    private Node eventCard(TimelineEvent event, Cards parts) {
        String time = event.time().get(messages.language());
        if (event.table1()) {
            time = time + "　" + messages.get("story.table1");
        }
        VBox card = Cards.card("story-" + event.id(),
                parts.text(time, "story-card-period"),
                parts.text(event.event(), "story-card-title"),
                parts.quote(event.statement()),
                parts.cite(event.citations()));
        card.setOnMouseClicked(e -> navigator.go(event.id()));
        return card;
    }
}
