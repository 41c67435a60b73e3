// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.present;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.words.Messages;

/**
 * What the teacher sees on the laptop while the class sees the map: the step shown and the next one, each as
 * a small picture of its map with its caption, the step's notes, the time since the presentation began and
 * the step count ("5 / 9").
 */
final class PresenterView extends BorderPane {

    /** The pictures' sizes as painted, in CSS pixels, in the shape of a 16:10 projector; shown to fit the window. */
    static final double CURRENT_WIDTH = 640;
    static final double NEXT_WIDTH = 400;
    private static final double SHAPE = 10.0 / 16.0;
    private static final double PAD = 16;
    private static final double GAP = 20;
    /** The share of the window's width the current step's picture takes; the next one's and the notes the rest. */
    private static final double CURRENT_SHARE = 0.58;

    private static final Logger LOG = Logger.getLogger(PresenterView.class.getName());

    private final StepPreviews previews;
    private final Clock clock;
    private final Messages messages;
    private final Label count = new Label();
    private final Label timer = new Label();
    private final ImageView current = new ImageView();
    private final ImageView next = new ImageView();
    private final Label currentCaption = new Label();
    private final Label nextCaption = new Label();
    private final Label notes = new Label();
    private final Label end = new Label();
    private Instant started;
    /** Counts the steps asked for: pictures of a step paged past are neither painted nor shown. */
    private volatile int asked;

    PresenterView(StepPreviews previews, Clock clock, Messages messages) {
        this.previews = previews;
        this.clock = clock;
        this.messages = messages;
        setId("presenter-view");
        getStyleClass().add("presenter-view");
        setPadding(new Insets(PAD));
        count.setId("presenter-count");
        count.getStyleClass().add("presenter-count");
        timer.setId("presenter-timer");
        timer.getStyleClass().add("presenter-timer");
        Label keys = new Label(messages.get("presenter.keys"));
        keys.getStyleClass().add("presenter-keys");
        keys.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(24, count, keys, gap, timer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 12, 0));
        setTop(bar);

        current.setId("presenter-current-image");
        next.setId("presenter-next-image");
        currentCaption.setId("presenter-current-caption");
        nextCaption.setId("presenter-next-caption");
        end.setId("presenter-end");
        end.setText(messages.get("presenter.end"));
        end.getStyleClass().add("presenter-end");
        end.visibleProperty().bind(next.imageProperty().isNull().and(nextCaption.textProperty().isEmpty()));
        DoubleBinding room = widthProperty().subtract(2 * PAD + GAP);
        DoubleBinding currentWidth = room.multiply(CURRENT_SHARE);
        // the next step's picture leaves the notes the height of the window it does not need
        DoubleBinding nextWidth = Bindings.createDoubleBinding(() -> Math.min(room.get() * (1 - CURRENT_SHARE),
                getHeight() * 0.45 / SHAPE), room, heightProperty());
        VBox now = column(messages.get("presenter.now"), picture(current, currentWidth, null), currentCaption);
        VBox after = column(messages.get("presenter.next"), picture(next, nextWidth, end), nextCaption);
        notes.setId("presenter-notes");
        notes.getStyleClass().add("presenter-notes");
        notes.setWrapText(true);
        ScrollPane notesScroll = new ScrollPane(notes);
        notesScroll.setFitToWidth(true);
        notesScroll.getStyleClass().add("presenter-notes-scroll");
        VBox.setVgrow(notesScroll, Priority.ALWAYS);
        Label notesHeading = heading(messages.get("presenter.notes"));
        VBox side = new VBox(10, after, notesHeading, notesScroll);
        // the notes' one long line must not claim the width: the side takes what the current picture leaves
        side.setMinWidth(0);
        side.setPrefWidth(0);
        HBox.setHgrow(side, Priority.ALWAYS);
        HBox body = new HBox(GAP, now, side);
        setCenter(body);
    }

    private static StackPane picture(ImageView view, DoubleBinding width, Label placeholder) {
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(width);
        StackPane frame = placeholder == null ? new StackPane(view) : new StackPane(view, placeholder);
        frame.getStyleClass().add("presenter-picture");
        frame.minWidthProperty().bind(width);
        frame.prefWidthProperty().bind(width);
        frame.maxWidthProperty().bind(width);
        frame.minHeightProperty().bind(width.multiply(SHAPE));
        frame.prefHeightProperty().bind(width.multiply(SHAPE));
        frame.maxHeightProperty().bind(width.multiply(SHAPE));
        return frame;
    }

    private static VBox column(String title, StackPane picture, Label caption) {
        caption.getStyleClass().add("presenter-caption");
        caption.setWrapText(true);
        caption.maxWidthProperty().bind(picture.maxWidthProperty());
        return new VBox(8, heading(title), picture, caption);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("presenter-heading");
        return label;
    }

    /** The presentation begins: the timer counts from now. */
    void begin() {
        started = clock.instant();
        tick();
    }

    /** The step {@code index} of the deck is on the projector: its picture, the next one's, its notes. */
    void show(Deck deck, int index) {
        if (index < 0 || index >= deck.size()) {
            return;
        }
        int request = ++asked;
        count.setText(messages.format("presenter.count", String.valueOf(index + 1), String.valueOf(deck.size())));
        currentCaption.setText(deck.state(index).title().get(messages.language()));
        notes.setText(deck.notes(index).map(text -> text.get(messages.language())).filter(text -> !text.isBlank())
                .orElse(messages.get("present.noNotes")));
        boolean last = index + 1 >= deck.size();
        nextCaption.setText(last ? "" : deck.state(index + 1).title().get(messages.language()));
        double scale = getScene() == null || getScene().getWindow() == null ? 1
                : Math.max(1, getScene().getWindow().getOutputScaleX());
        BooleanSupplier wanted = () -> request == asked;
        CompletableFuture<Image> currentImage = previews.render(deck.state(index), deck.ink(index), CURRENT_WIDTH,
                CURRENT_WIDTH * SHAPE, scale, wanted);
        CompletableFuture<Image> nextImage = last ? CompletableFuture.<Image>completedFuture(null)
                : previews.render(deck.state(index + 1), deck.ink(index + 1), NEXT_WIDTH, NEXT_WIDTH * SHAPE, scale,
                wanted);
        currentImage.thenAcceptBoth(nextImage, (now, after) -> Platform.runLater(() -> {
            if (request == asked) {
                current.setImage(now);
                next.setImage(after);
            }
        })).exceptionally(failure -> {
            // the projector goes on; the teacher's window keeps the pictures it had
            LOG.log(Level.WARNING, "The presenter's picture of a step could not be painted", failure);
            return null;
        });
    }

    /** The time since the presentation began, read from the clock. */
    void tick() {
        if (started != null) {
            timer.setText(elapsed(Duration.between(started, clock.instant())));
        }
    }

    /** 12:05 below an hour, 1:02:05 above it. */
    static String elapsed(Duration time) {
        long seconds = Math.max(0, time.getSeconds());
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%02d:%02d", minutes, rest);
    }
}
