// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.present;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hinterlandatlas.model.Story;
import org.hinterlandatlas.ui.classroom.lesson.LessonViewModel;
import org.hinterlandatlas.ui.classroom.quiz.QuizPanel;
import org.hinterlandatlas.ui.map.AtlasMapView;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.ui.story.StepNavigator;
import org.hinterlandatlas.words.Messages;

/**
 * Presenting the steps to a class — the lesson in the Lesson tab when it has steps, the story's otherwise:
 * full screen, the map alone with its legend card and a caption large enough to read from the back of the room. The clicker's keys page the steps (→, PgDn, Space; ←, PgUp; Home, End),
 * B blanks the screen, a number then Enter jumps to that step, P shows the step's notes over the map's corner,
 * Q opens the quiz over the map, and Esc leaves, putting the window back as it was.
 *
 * <p>With a second screen the map goes full screen on the projector and a presenter's window opens on the
 * laptop's screen, with the step shown and the next, the notes, a timer and the step count; both windows
 * take the clicker's keys. Alt+F5 opens that window on a single screen too, as a window of its own.
 */
public final class PresentationMode {

    /** The caption's type size as a share of the map's height: its line then stands well over 3 % of it. */
    static final double CAPTION_SHARE = 0.036;
    /** The quiz's type size as a share of the map's height, so a class reads its questions from the back. */
    static final double QUIZ_SHARE = 0.028;
    /** The presenter's window on a single screen: this size, or this share of a smaller screen. */
    private static final double PRESENTER_WIDTH = 1100;
    private static final double PRESENTER_HEIGHT = 720;
    private static final double PRESENTER_SHARE = 0.8;
    /** The notes' type size as a share of the map's height. */
    private static final double NOTES_SHARE = 0.022;
    /** The notes stand below the north arrow in the top-right corner. */
    private static final double NOTES_TOP = 84;

    /** The keys that page the steps, held back from the story's own keys while a quiz runs. */
    private static final Set<KeyCode> PAGING = EnumSet.of(KeyCode.RIGHT, KeyCode.LEFT, KeyCode.PAGE_DOWN,
            KeyCode.PAGE_UP, KeyCode.HOME, KeyCode.END);

    private static final String PRESENTING_STYLE = "presenting";
    private static final String STYLES = PresentationMode.class.getResource("/styles/classroom.css").toExternalForm();

    private final AtlasMapView map;
    private final Deck storyDeck;
    private final Deck lessonDeck;
    private final Consumer<Boolean> chrome;
    private final Messages messages;
    private final QuizPanel quiz;
    private final BooleanBinding quizOpen;
    private final StepPreviews previews;
    private Clock clock = Clock.systemUTC();
    /** The presenter's window while it is open. */
    private PresenterWindow presenter;
    /** The steps presented now, or last. */
    private Deck deck;
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting", false);
    private final BooleanProperty blanked = new SimpleBooleanProperty(this, "blanked", false);
    private final BooleanProperty notesShown = new SimpleBooleanProperty(this, "notesShown", false);
    private final Region blank = new Region();
    private final Label notesLabel = new Label();
    private final StringBuilder typedNumber = new StringBuilder();
    private final ChangeListener<Number> refit = (o, a, b) -> refitCurrent();
    private final ChangeListener<Number> quizType = (o, a, b) -> quizTypeSize();
    private final EventHandler<KeyEvent> keys = this::key;
    private Scene keysScene;
    private KeyCombination exitKey;
    /** The window's place before the presentation, put back after it. */
    private Rectangle2D windowBefore;

    /**
     * @param chrome shows (true) or hides (false) everything of the window but the map: menus, tool bar,
     *               panels, status bar; the window restores its own choices when shown again
     */
    public PresentationMode(AtlasMapView map, MapViewModel model, StepNavigator navigator, Story story,
                            LessonViewModel lessons, QuizPanel quiz, StepPreviews previews, Consumer<Boolean> chrome,
                            Messages messages) {
        this.map = map;
        this.quiz = quiz;
        this.quizOpen = quiz.phaseProperty().isNotEqualTo(QuizPanel.Phase.CLOSED);
        this.previews = previews;
        this.storyDeck = new StoryDeck(navigator, story);
        this.lessonDeck = new LessonDeck(lessons, model);
        this.deck = storyDeck;
        this.chrome = chrome;
        this.messages = messages;
        blank.setId("presentation-blank");
        blank.setStyle("-fx-background-color: black;");
        blank.visibleProperty().bind(blanked);
        blank.setCursor(Cursor.NONE);
        notesLabel.setId("presentation-notes");
        notesLabel.getStyleClass().add("presentation-notes");
        notesLabel.getStylesheets().add(STYLES);
        notesLabel.setWrapText(true);
        notesLabel.setMouseTransparent(true);
        notesLabel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // the quiz stands at the top of the map while it runs: the notes make way for it
        notesLabel.visibleProperty().bind(notesShown.and(notesLabel.textProperty().isNotEmpty()).and(quizOpen.not()));
        // a control over the map, so that the legend card and the labels keep clear of the notes
        map.addMapControl(notesLabel, Pos.TOP_RIGHT, new Insets(NOTES_TOP, 16, 0, 0));
        storyDeck.indexProperty().addListener((o, a, b) -> updateNotes());
        lessonDeck.indexProperty().addListener((o, a, b) -> updateNotes());
    }

    /** F5: from the first step. */
    public void startFromFirst() {
        start(0, false);
    }

    /** Shift+F5: from the step shown now — the lesson's selected step — or the first if none is. */
    public void startFromCurrent() {
        start(Math.max(0, chosenDeck().indexProperty().get()), false);
    }

    /**
     * Alt+F5: from the first step with the presenter's window, which opens on its own screen when there are
     * two and as a window over the map when there is one.
     */
    public void startWithPresenter() {
        start(0, true);
    }

    /** The clock the presenter's timer reads; the system's unless a test sets its own. */
    public void useClock(Clock clock) {
        this.clock = clock;
    }

    /** The presenter's window while one is open: the laptop's when presenting on two screens. */
    public Optional<Stage> presenterWindow() {
        return Optional.ofNullable(presenter).map(PresenterWindow::stage);
    }

    /** A presentation already under way keeps its steps; a new one takes the lesson's if it has any. */
    private Deck chosenDeck() {
        return presenting.get() ? deck : lessonDeck.size() > 0 ? lessonDeck : storyDeck;
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting;
    }

    public ReadOnlyBooleanProperty blankedProperty() {
        return blanked;
    }

    public ReadOnlyBooleanProperty notesShownProperty() {
        return notesShown;
    }

    private void start(int step, boolean withPresenter) {
        Deck chosen = chosenDeck();
        if (chosen.size() == 0 || map.getScene() == null) {
            return;
        }
        deck = chosen;
        if (!presenting.get()) {
            presenting.set(true);
            chrome.accept(false);
            map.getChildren().add(blank);
            map.getStyleClass().add(PRESENTING_STYLE);
            map.getStylesheets().add(STYLES);
            map.setCaptionScale(CAPTION_SHARE);
            map.setLabelsLarger(true);
            map.heightProperty().addListener(refit);
            map.widthProperty().addListener(refit);
            notesLabel.styleProperty().bind(map.heightProperty().multiply(NOTES_SHARE).asString(
                    Locale.ROOT, "-fx-font-size: %.1fpx;"));
            notesLabel.maxWidthProperty().bind(map.widthProperty().multiply(0.45));
            map.heightProperty().addListener(quizType);
            quizTypeSize();
            keysScene = map.getScene();
            keysScene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            Optional<ScreenChoice> screens = ScreenChoice.of(
                    Screen.getScreens().stream().map(Screen::getBounds).toList(), Screen.getPrimary().getBounds());
            fullScreen(true, screens.map(ScreenChoice::projector));
            if (screens.isPresent() || withPresenter) {
                openPresenter(screens.map(ScreenChoice::laptop));
            }
            map.requestFocus();
        }
        deck.go(step);
        updateNotes();
    }

    /**
     * The presenter's window over the laptop's screen's desktop area, or — on one screen — a window of its
     * own in the middle of the screen, over the full-screen map.
     */
    private void openPresenter(Optional<Rectangle2D> laptop) {
        Window owner = keysScene.getWindow();
        presenter = new PresenterWindow(owner, new PresenterView(previews, clock, messages), keys, messages);
        Rectangle2D bounds = laptop.map(screen -> Screen.getScreensForRectangle(screen).stream().findFirst()
                        .map(Screen::getVisualBounds).orElse(screen))
                .orElseGet(() -> centred(Screen.getPrimary().getVisualBounds()));
        presenter.open(bounds);
        // closed with its own button, the presentation goes on without it
        presenter.stage().setOnHidden(e -> presenter = null);
    }

    private static Rectangle2D centred(Rectangle2D screen) {
        double width = Math.min(PRESENTER_WIDTH, screen.getWidth() * PRESENTER_SHARE);
        double height = Math.min(PRESENTER_HEIGHT, screen.getHeight() * PRESENTER_SHARE);
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    private void quizTypeSize() {
        quiz.setTypeSize(map.getHeight() * QUIZ_SHARE);
    }

    /** Esc: the window as it was before. */
    public void stop() {
        if (!presenting.get()) {
            return;
        }
        presenting.set(false);
        blanked.set(false);
        notesShown.set(false);
        typedNumber.setLength(0);
        keysScene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        if (presenter != null) {
            presenter.close();
        }
        map.heightProperty().removeListener(quizType);
        quiz.setTypeSize(0);
        map.heightProperty().removeListener(refit);
        map.widthProperty().removeListener(refit);
        notesLabel.styleProperty().unbind();
        notesLabel.maxWidthProperty().unbind();
        map.getChildren().remove(blank);
        map.getStyleClass().remove(PRESENTING_STYLE);
        map.getStylesheets().remove(STYLES);
        map.setCaptionScale(0);
        map.setLabelsLarger(false);
        fullScreen(false, Optional.empty());
        chrome.accept(true);
        refitOnceResized();
    }

    private void key(KeyEvent e) {
        // words being written on the map (the ink's text tool) take every key but Esc, which drops them
        Scene from = e.getSource() instanceof Scene scene ? scene : keysScene;
        if (e.isShortcutDown() || e.isAltDown() || from.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        KeyCode code = e.getCode();
        if (quizOpen.get()) {
            // the quiz has the keys (its buttons, its choices) but Esc, which ends it and stays in the
            // presentation, and the paging keys, which would move the map away from its question
            if (code == KeyCode.ESCAPE) {
                quiz.close();
                e.consume();
            } else if (PAGING.contains(code)) {
                e.consume();
            }
            return;
        }
        if (code == KeyCode.ESCAPE) {
            stop();
        } else if (code == KeyCode.Q && !e.isShiftDown()) {
            typedNumber.setLength(0);
            quiz.open();
        } else if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN || code == KeyCode.SPACE) {
            step(deck.indexProperty().get() + 1);
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
            step(deck.indexProperty().get() - 1);
        } else if (code == KeyCode.HOME) {
            step(0);
        } else if (code == KeyCode.END) {
            step(deck.size() - 1);
        } else if (code == KeyCode.B && !e.isShiftDown()) {
            blanked.set(!blanked.get());
        } else if (code == KeyCode.P && !e.isShiftDown()) {
            notesShown.set(!notesShown.get());
        } else if (code.isDigitKey()) {
            // a step number has a few digits; more are a slip of the finger, not a step to jump to
            if (typedNumber.length() < 4) {
                typedNumber.append(digit(code));
            }
        } else if (code == KeyCode.ENTER && typedNumber.length() > 0) {
            int wanted = Integer.parseInt(typedNumber.toString());
            typedNumber.setLength(0);
            step(wanted - 1);
        } else {
            return;
        }
        e.consume();
    }

    /** A step that is not there (past either end, a number too large) leaves the step shown as it is. */
    private void step(int index) {
        if (index >= 0 && index < deck.size() && index != deck.indexProperty().get()) {
            deck.go(index);
        }
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }

    private void updateNotes() {
        int index = deck.indexProperty().get();
        if (presenter != null && presenting.get()) {
            presenter.view().show(deck, index);
        }
        notesLabel.setText(index < 0 || index >= deck.size() ? "" : deck.notes(index)
                .map(text -> text.get(messages.language())).filter(text -> !text.isBlank())
                .orElse(messages.get("present.noNotes")));
    }

    /**
     * The full-screen window has another size: the current step's area fills it again. A flight, as the one
     * the step began before the window grew, is replaced by one to the new fit.
     */
    private void refitCurrent() {
        int index = deck.indexProperty().get();
        // a quiz shows its own area over the step's until it ends
        if (index >= 0 && index < deck.size() && !quizOpen.get()) {
            deck.go(index);
        }
    }

    /**
     * The window shrinks back to its place after the presentation, a moment later: the step shown last is
     * then fitted to the map's new size once, so the window does not show a corner of it.
     */
    private void refitOnceResized() {
        ChangeListener<Number> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                map.widthProperty().removeListener(this);
                map.heightProperty().removeListener(this);
                // width and height change one after the other: the fit waits for both
                Platform.runLater(() -> {
                    if (!presenting.get()) {
                        refitCurrent();
                    }
                });
            }
        };
        map.widthProperty().addListener(once);
        map.heightProperty().addListener(once);
    }

    /** @param projector the screen to go full screen on, if not the one the window is on */
    private void fullScreen(boolean on, Optional<Rectangle2D> projector) {
        Window window = map.getScene() == null ? null : map.getScene().getWindow();
        if (window instanceof Stage stage) {
            if (on) {
                // Esc is the presentation's own key: it leaves the presentation, and with it the full screen
                exitKey = stage.getFullScreenExitKeyCombination();
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
                stage.setFullScreenExitHint(messages.get("present.hint"));
                // the window also takes the whole screen it is on, for a desktop that does not grant full screen
                windowBefore = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                List<Screen> screens = Screen.getScreensForRectangle(windowBefore);
                Rectangle2D screen = projector.orElseGet(() ->
                        (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getBounds());
                stage.setX(screen.getMinX());
                stage.setY(screen.getMinY());
                stage.setWidth(screen.getWidth());
                stage.setHeight(screen.getHeight());
                stage.setFullScreen(true);
            } else {
                stage.setFullScreen(false);
                if (windowBefore != null) {
                    stage.setX(windowBefore.getMinX());
                    stage.setY(windowBefore.getMinY());
                    stage.setWidth(windowBefore.getWidth());
                    stage.setHeight(windowBefore.getHeight());
                }
                if (exitKey != null) {
                    stage.setFullScreenExitKeyCombination(exitKey);
                }
            }
        }
    }
}
