// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Definition;
import org.hinterlandatlas.model.Passage;
import org.hinterlandatlas.model.TheoryElement;
import org.hinterlandatlas.render.CentrePeripheryDiagramPainter;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.jfree.fx.FXGraphics2D;

/**
 * The definition: what a national strategic hinterland and a core carrier area are, the four traits, and
 * the centre–periphery theory with its point–line–surface diagram; clicking the diagram's point, a line or
 * the surface shows the cores, the corridors or the hinterland on the map.
 */
final class DefinitionView extends VBox {

    private static final double DIAGRAM_HEIGHT = 190;

    private final Canvas diagram = new Canvas(360, DIAGRAM_HEIGHT);
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final CentrePeripheryDiagramPainter painter;
    private final Definition definition;
    private final Messages messages;

    DefinitionView(Definition definition, MapViewModel model, CentrePeripheryDiagramPainter painter, Cards cards,
                   Messages messages, Runnable showDefinition) {
        super(8);
        this.painter = painter;
        this.definition = definition;
        this.messages = messages;
        VBox concept = Cards.card("story-definition", passage(definition.hinterland(), cards),
                passage(definition.coreArea(), cards));
        concept.setOnMouseClicked(e -> showDefinition.run());

        FlowPane traits = new FlowPane(6, 6);
        for (Bilingual trait : definition.traits()) {
            Label chip = new Label(trait.get(messages.language()));
            chip.getStyleClass().add("story-trait");
            traits.getChildren().add(chip);
        }
        VBox traitCard = Cards.card("story-traits", cards.text(definition.traitsPassage().title(), "story-card-title"),
                traits, cards.quote(definition.traitsPassage().text()), cards.cite(definition.traitsPassage().citations()));
        traitCard.setOnMouseClicked(e -> showDefinition.run());

        Pane holder = new Pane(diagram);
        holder.setMinHeight(DIAGRAM_HEIGHT);
        holder.setPrefHeight(DIAGRAM_HEIGHT);
        holder.widthProperty().addListener((o, a, w) -> {
            diagram.setWidth(Math.max(200, w.doubleValue()));
            repaint();
        });
        diagram.setId("story-diagram");
        diagram.setOnMouseClicked(e -> painter.elementAt(e.getX(), e.getY(), diagram.getWidth(), diagram.getHeight())
                .flatMap(definition::element).ifPresent(element -> {
                    selected.set(element.id());
                    model.show(element.state(), true);
                }));
        model.shownProperty().addListener((o, a, state) -> {
            boolean element = state != null && definition.elements().stream()
                    .anyMatch(el -> el.state().id().equals(state.id()));
            if (!element) {
                selected.set(null);
            }
        });
        selected.addListener((o, a, b) -> repaint());
        VBox elementTexts = new VBox(3);
        for (TheoryElement element : definition.elements()) {
            elementTexts.getChildren().add(cards.text(element.name().get(messages.language()) + "　"
                    + element.text().get(messages.language()), "story-text"));
        }
        VBox theory = Cards.card("story-theory", cards.text(definition.theory().title(), "story-card-title"),
                cards.quote(definition.theory().text()), cards.cite(definition.theory().citations()), holder,
                cards.text(messages.get("story.diagram.hint"), "story-hint"), elementTexts,
                cards.text(definition.effects().title(), "story-card-title"), cards.quote(definition.effects().text()),
                cards.cite(definition.effects().citations()));
        getChildren().addAll(concept, traitCard, theory);
        repaint();
    }

    private static VBox passage(Passage passage, Cards cards) {
        return new VBox(3, cards.text(passage.title(), "story-card-title"), cards.quote(passage.text()),
                cards.cite(passage.citations()));
    }

    /** The theory element highlighted in the diagram, or null. */
    ObjectProperty<String> selectedProperty() {
        return selected;
    }

    private void repaint() {
        double w = diagram.getWidth();
        double h = diagram.getHeight();
        diagram.getGraphicsContext2D().clearRect(0, 0, w, h);
        FXGraphics2D g = new FXGraphics2D(diagram.getGraphicsContext2D());
        g.setZeroStrokeWidth(0.5);
        painter.paint(g, w, h, new CentrePeripheryDiagramPainter.Labels(name(CentrePeripheryDiagramPainter.POINT),
                name(CentrePeripheryDiagramPainter.LINE), name(CentrePeripheryDiagramPainter.SURFACE), selected.get()));
    }

    private String name(String id) {
        return definition.element(id).orElseThrow().name().get(messages.language());
    }
}
