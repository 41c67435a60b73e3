// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.quiz;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hinterlandatlas.figure.pack.StoryLesson;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.quiz.Answer;
import org.hinterlandatlas.render.quiz.EmptyQuizException;
import org.hinterlandatlas.render.quiz.Question;
import org.hinterlandatlas.render.quiz.Quiz;
import org.hinterlandatlas.render.quiz.QuizItem;
import org.hinterlandatlas.render.quiz.QuizKind;
import org.hinterlandatlas.render.quiz.QuizSet;
import org.hinterlandatlas.render.quiz.QuizSets;
import org.hinterlandatlas.ui.map.AtlasMapView;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.words.Messages;

/**
 * The quiz over the map: the teacher picks a question set, a kind and a seed; the map hides its labels and
 * shows the set's area; each question is answered by a click on the map or by one of four names, the right
 * feature is then highlighted; at the end the score, and a review that shows each mistake's feature on the
 * map. Ending the quiz gives the map back as it was.
 */
public final class QuizPanel extends VBox {

    /** The number of questions of a quiz (fewer when the set is smaller). */
    public static final int LENGTH = 10;
    /** Free space around the set's features when the map shows them, in pixels. */
    private static final double EDGE = 36;
    /** The smallest extent shown, in degrees, so that a set of one place is not shown at street level. */
    private static final double SPAN = 0.5;
    /** The space between the panel and the map's caption and edges. */
    private static final double GAP = 12;
    /** The panel's widest in the window; a presentation widens it with its type. */
    private static final double WIDTH = 520;
    /** The panel's width in lines of its type while presenting. */
    private static final double EMS_WIDE = 32;
    private static final String LOOK = "-fx-background-color: -fx-background; -fx-padding: 12; -fx-background-radius: 6;"
            + " -fx-border-color: -fx-box-border; -fx-border-radius: 6;";

    /** Where the quiz stands. */
    public enum Phase {
        CLOSED, SETUP, ASKING, REVEALED, DONE, REVIEWING
    }

    private final MapViewModel model;
    private final AtlasMapView map;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.CLOSED);
    private final ChoiceBox<QuizSet> setChoice = new ChoiceBox<>();
    private final ChoiceBox<QuizKind> kindChoice = new ChoiceBox<>();
    private final TextField seedField = new TextField();
    private final Label heading = new Label();
    private final Label prompt = new Label();
    private final Label feedback = new Label();
    private final FlowPane choices = new FlowPane(8, 8);
    private final Button next = new Button();
    private final Button review = new Button();
    private final VBox setup;
    private Quiz quiz;
    private MapState before;
    private int reviewed;

    public QuizPanel(MapViewModel model, AtlasMapView map, Messages messages) {
        this.model = model;
        this.map = map;
        this.messages = messages;
        setId("quiz-panel");
        getStyleClass().add("quiz-panel");
        setSpacing(8);
        setMaxWidth(WIDTH);
        setMaxHeight(USE_PREF_SIZE);
        setStyle(LOOK);
        setChoice.setId("quiz-set");
        setChoice.getItems().setAll(QuizSets.of(model.atlas().content()));
        // until a teacher's lesson is open, the lesson is the paper's walk through the story and evidence
        setChoice.getItems().add(QuizSets.lesson(model.atlas().content(),
                StoryLesson.of(model.atlas().content(), Messages.bilingual("pack.default.title"))));
        setChoice.getSelectionModel().selectFirst();
        setChoice.setConverter(converter(set -> messages.get(set.title())));
        kindChoice.setId("quiz-kind");
        kindChoice.getItems().setAll(QuizKind.values());
        kindChoice.getSelectionModel().selectFirst();
        kindChoice.setConverter(converter(kind -> messages.of("quiz.kind", kind)));
        seedField.setId("quiz-seed");
        seedField.setPrefColumnCount(8);
        seedField.setText(String.valueOf(System.currentTimeMillis() % 100_000));
        Button start = new Button(messages.get("quiz.start"));
        start.setId("quiz-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> startChosen());
        setup = new VBox(8, new HBox(8, new Label(messages.get("quiz.set")), setChoice),
                new HBox(8, new Label(messages.get("quiz.kind")), kindChoice, new Label(messages.get("quiz.seed")),
                        seedField), start);
        heading.setId("quiz-heading");
        heading.setStyle("-fx-font-weight: bold;");
        prompt.setId("quiz-prompt");
        prompt.setWrapText(true);
        prompt.setStyle("-fx-font-size: 1.4em;");
        feedback.setId("quiz-feedback");
        feedback.setWrapText(true);
        choices.setId("quiz-choices");
        next.setId("quiz-next");
        next.setOnAction(e -> advance());
        review.setId("quiz-review");
        review.setText(messages.get("quiz.review"));
        review.setOnAction(e -> review());
        Button close = new Button(messages.get("quiz.close"));
        close.setId("quiz-close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        HBox buttons = new HBox(8, next, review, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        // what is empty takes no room: the panel covers no more of the map than it must
        prompt.managedProperty().bind(prompt.textProperty().isNotEmpty());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        choices.managedProperty().bind(Bindings.isNotEmpty(choices.getChildren()));
        getChildren().setAll(heading, setup, prompt, choices, feedback, buttons);
        setVisible(false);
        setManaged(false);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("the choice is not typed");
            }
        };
    }

    /**
     * The type of the whole panel, in pixels — its questions, names and buttons — for a presentation, where
     * the class reads it from the back of the room; 0 gives the window's own type back.
     */
    public void setTypeSize(double pixels) {
        if (pixels > 0) {
            setStyle(LOOK + String.format(Locale.ROOT, " -fx-font-size: %.1fpx;", pixels));
            setMaxWidth(Math.max(WIDTH, pixels * EMS_WIDE));
        } else {
            setStyle(LOOK);
            setMaxWidth(WIDTH);
        }
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The quiz being taken, or null before the first start. */
    public Quiz quiz() {
        return quiz;
    }

    /** Go ▸ Quiz…: shows the choice of set, kind and seed. */
    public void open() {
        if (phase.get() == Phase.CLOSED) {
            before = model.currentState();
        }
        // below the map's caption, which a presentation sets large: the question must not hide what is shown
        StackPane.setMargin(this, new Insets(map.captionHeight() + 2 * GAP, GAP, GAP, GAP));
        setVisible(true);
        setManaged(true);
        heading.setText(messages.get("quiz.title"));
        show(setup, true);
        prompt.setText("");
        feedback.setText("");
        choices.getChildren().clear();
        next.setVisible(false);
        review.setVisible(false);
        phase.set(Phase.SETUP);
    }

    private void startChosen() {
        long seed;
        try {
            seed = Long.parseLong(seedField.getText().trim());
        } catch (NumberFormatException e) {
            feedback.setText(messages.format("quiz.badSeed", seedField.getText()));
            return;
        }
        start(setChoice.getValue(), kindChoice.getValue(), seed);
    }

    /** Starts a quiz of this set, kind and seed; a set too small says so and the quiz does not start. */
    public void start(QuizSet set, QuizKind kind, long seed) {
        try {
            quiz = Quiz.start(set, kind, LENGTH, seed);
        } catch (EmptyQuizException e) {
            feedback.setText(e.bilingual().get(messages.language()));
            return;
        }
        seedField.setText(String.valueOf(seed));
        show(setup, false);
        model.show(area(set), true);
        model.highlighted().clear();
        map.labelsHiddenProperty().set(true);
        map.clickTakeoverProperty().set(this::clicked);
        heading.setText(messages.format("quiz.heading", messages.get(set.title()), String.valueOf(seed)));
        ask();
    }

    /**
     * The map showing all of the set's features below the panel, so that none is hidden under it, with the
     * historic sites' layer on as well as the usual ones.
     */
    private MapState area(QuizSet set) {
        List<GeoPoint> points = set.items().stream().flatMap(i -> i.shape().stream()).toList();
        double west = points.stream().mapToDouble(GeoPoint::lon).min().orElseThrow();
        double east = points.stream().mapToDouble(GeoPoint::lon).max().orElseThrow();
        double south = points.stream().mapToDouble(GeoPoint::lat).min().orElseThrow();
        double north = points.stream().mapToDouble(GeoPoint::lat).max().orElseThrow();
        double width = Math.max(1, map.getWidth());
        double height = Math.max(1, map.getHeight());
        Insets margin = StackPane.getMargin(this);
        double below = Math.min(height * 0.6, (margin == null ? 0 : margin.getTop()) + prefHeight(getMaxWidth()));
        // the features fill the part of the map under the panel; the whole map's centre lies above theirs
        Viewport part = Viewport.fitting(Math.min(west, east - SPAN), Math.min(south, north - SPAN),
                Math.max(east, west + SPAN), Math.max(north, south + SPAN), width, height - below, EDGE);
        Viewport whole = new Viewport(part.zoom(), part.originX(), part.originY() + below, width, height);
        Set<MapLayerId> layers = EnumSet.copyOf(MapLayerId.defaults());
        layers.add(MapLayerId.HISTORY);
        return new MapState("quiz-" + set.id(), before.title(),
                new GeoPoint(WebMercator.lon(whole.worldX(0)), WebMercator.lat(whole.worldY(height))),
                new GeoPoint(WebMercator.lon(whole.worldX(width)), WebMercator.lat(whole.worldY(0))), layers, Set.of());
    }

    private void ask() {
        Question question = quiz.current().orElseThrow();
        model.highlighted().clear();
        feedback.setText("");
        next.setVisible(false);
        choices.getChildren().clear();
        String progress = messages.format("quiz.progress", String.valueOf(question.number()),
                String.valueOf(quiz.questions().size()));
        if (question.kind() == QuizKind.LOCATE) {
            prompt.setText(progress + "  " + messages.format("quiz.locate.prompt", name(question.target())));
        } else {
            prompt.setText(progress + "  " + messages.get("quiz.identify.prompt"));
            model.highlighted().add(question.target().ref());
            for (int i = 0; i < question.choices().size(); i++) {
                int index = i;
                Button choice = new Button(name(question.choices().get(i)));
                choice.setId("quiz-choice-" + i);
                choice.setOnAction(e -> answered(quiz.answerChoice(index)));
                choices.getChildren().add(choice);
            }
        }
        phase.set(Phase.ASKING);
    }

    private void clicked(Viewport viewport, double x, double y) {
        if (phase.get() == Phase.ASKING && quiz.current().map(q -> q.kind() == QuizKind.LOCATE).orElse(false)) {
            answered(quiz.answerClick(viewport, x, y));
        }
    }

    /** Shows whether the answer was right, and the right feature highlighted on the map. */
    private void answered(Answer answer) {
        choices.getChildren().forEach(node -> node.setDisable(true));
        model.highlighted().clear();
        model.highlighted().add(answer.question().target().ref());
        String right = name(answer.question().target());
        feedback.setText(answer.correct() ? messages.format("quiz.right", right)
                : messages.format("quiz.wrong", right));
        next.setText(messages.get(quiz.finished() ? "quiz.finish" : "quiz.next"));
        next.setVisible(true);
        phase.set(Phase.REVEALED);
    }

    private void advance() {
        if (phase.get() == Phase.REVIEWING) {
            reviewNext();
        } else if (quiz.finished()) {
            finish();
        } else {
            ask();
        }
    }

    private void finish() {
        model.highlighted().clear();
        choices.getChildren().clear();
        prompt.setText(messages.format("quiz.score", String.valueOf(quiz.score()),
                String.valueOf(quiz.questions().size())));
        feedback.setText(quiz.mistakes().isEmpty() ? messages.get("quiz.noMistakes")
                : messages.format("quiz.mistakes", String.valueOf(quiz.mistakes().size())));
        next.setVisible(false);
        review.setVisible(!quiz.mistakes().isEmpty());
        phase.set(Phase.DONE);
    }

    /** Walks through the mistakes, each with its right feature highlighted on the map. */
    private void review() {
        reviewed = -1;
        review.setVisible(false);
        phase.set(Phase.REVIEWING);
        reviewNext();
    }

    private void reviewNext() {
        reviewed++;
        List<Answer> mistakes = quiz.mistakes();
        if (reviewed >= mistakes.size()) {
            finish();
            return;
        }
        Answer mistake = mistakes.get(reviewed);
        QuizItem target = mistake.question().target();
        model.highlighted().clear();
        model.highlighted().add(target.ref());
        prompt.setText(messages.format("quiz.review.item", String.valueOf(reviewed + 1),
                String.valueOf(mistakes.size()), name(target)));
        feedback.setText(mistake.chosen().map(c -> messages.format("quiz.review.chosen", name(c)))
                .orElse(messages.get("quiz.review.clicked")));
        next.setText(messages.get(reviewed + 1 < mistakes.size() ? "quiz.next" : "quiz.finish"));
        next.setVisible(true);
    }

    /** Ends the quiz: the labels, the clicks and the map as they were before it. */
    public void close() {
        map.labelsHiddenProperty().set(false);
        map.clickTakeoverProperty().set(null);
        if (before != null) {
            model.show(before, true);
        }
        setVisible(false);
        setManaged(false);
        phase.set(Phase.CLOSED);
    }

    /** The highlighted feature's reference, for tests and the presenter. */
    public Set<FeatureRef> highlighted() {
        return Set.copyOf(model.highlighted());
    }

    private String name(QuizItem item) {
        return item.name().get(messages.language());
    }

    private static void show(VBox box, boolean shown) {
        box.setVisible(shown);
        box.setManaged(shown);
    }
}
