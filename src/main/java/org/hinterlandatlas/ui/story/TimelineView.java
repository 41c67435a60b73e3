// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.model.Story;
import org.hinterlandatlas.model.TimelineEvent;
import org.hinterlandatlas.render.TimelinePainter;
import org.hinterlandatlas.words.Messages;
import org.jfree.fx.FXGraphics2D;

/**
 * The policy timeline drawn by our painter; clicking a marker selects its event, clicking an era band its
 * phase, and hovering names either.
 */
final class TimelineView extends VBox {

    private static final double TOOLTIP_WIDTH = 340;
    private final Canvas canvas = new Canvas(360, 120);
    private final TimelinePainter painter;
    private final Story story;
    private final Messages messages;
    private String selectedId;

    /**
     * @param onSelect called with the id of the event whose marker, or the phase whose era band, is clicked
     */
    TimelineView(Story story, TimelinePainter painter, Messages messages, Consumer<String> onSelect) {
        super(2);
        this.story = story;
        this.painter = painter;
        this.messages = messages;
        Pane holder = new Pane(canvas);
        holder.widthProperty().addListener((o, a, w) -> {
            canvas.setWidth(Math.max(240, w.doubleValue()));
            double height = painter.preferredHeight(story, canvas.getWidth());
            canvas.setHeight(height);
            holder.setMinHeight(height);
            repaint();
        });
        canvas.setOnMouseClicked(e -> painter.eventAt(story, canvas.getWidth(), e.getX(), e.getY())
                .map(TimelineEvent::id)
                .or(() -> painter.phaseAt(story, canvas.getWidth(), e.getX(), e.getY()).map(Phase::id))
                .ifPresent(onSelect));
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(TOOLTIP_WIDTH);
        canvas.setOnMouseMoved(e -> {
            Optional<String> text = painter.eventAt(story, canvas.getWidth(), e.getX(), e.getY())
                    .map(ev -> ev.time().get(messages.language()) + "　" + ev.event().get(messages.language()))
                    .or(() -> painter.phaseAt(story, canvas.getWidth(), e.getX(), e.getY())
                            .map(p -> p.title().get(messages.language()) + "　" + p.period().get(messages.language())));
            if (text.isPresent()) {
                tip.setText(text.get());
                tip.show(canvas, e.getScreenX() + 12, e.getScreenY() + 12);
            } else {
                tip.hide();
            }
        });
        canvas.setOnMouseExited(e -> tip.hide());
        getChildren().add(holder);
    }

    void select(String eventId) {
        selectedId = eventId;
        repaint();
    }

    private void repaint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        painter.paint(new FXGraphics2D(canvas.getGraphicsContext2D()), w, h, story, messages.language(), selectedId);
    }
}
