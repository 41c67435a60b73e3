// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.present;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
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
import org.hinterlandatlas.ui.map.AtlasMapView;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.ui.story.StepNavigator;
import org.hinterlandatlas.words.Messages;

/**
 * Presenting the steps to a class — the lesson in the Lesson tab when it has steps, the story's otherwise:
 * full screen, the map alone with its legend card and a caption large enough to read from the back of the room. The clicker's keys page the steps (→, PgDn, Space; ←, PgUp; Home, End),
 * B blanks the screen, a number then Enter jumps to that step, P shows the step's notes over the map's corner,
 * and Esc leaves, putting the window back as it was.
 */
public final class PresentationMode {

    /** The caption's type size as a share of the map's height: its line then stands well over 3 % of it. */
    static final double CAPTION_SHARE = 0.036;
    /** The notes' type size as a share of the map's height. */
    private static final double NOTES_SHARE = 0.022;
    /** The notes stand below the north arrow in the top-right corner. */
    private static final double NOTES_TOP = 84;

    private static final String PRESENTING_STYLE = "presenting";
    private static final String STYLES = PresentationMode.class.getResource("/styles/classroom.css").toExternalForm();

    private final AtlasMapView map;
    private final Deck storyDeck;
    private final Deck lessonDeck;
    private final Consumer<Boolean> chrome;
    private final Messages messages;
    /** The steps presented now, or last. */
    private Deck deck;
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting", false);
    private final BooleanProperty blanked = new SimpleBooleanProperty(this, "blanked", false);
    private final BooleanProperty notesShown = new SimpleBooleanProperty(this, "notesShown", false);
    private final Region blank = new Region();
    private final Label notesLabel = new Label();
    private final StringBuilder typedNumber = new StringBuilder();
    private final ChangeListener<Number> refit = (o, a, b) -> refitCurrent();
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
                            LessonViewModel lessons, Consumer<Boolean> chrome, Messages messages) {
        this.map = map;
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
        notesLabel.visibleProperty().bind(notesShown.and(notesLabel.textProperty().isNotEmpty()));
        // a control over the map, so that the legend card and the labels keep clear of the notes
        map.addMapControl(notesLabel, Pos.TOP_RIGHT, new Insets(NOTES_TOP, 16, 0, 0));
        storyDeck.indexProperty().addListener((o, a, b) -> updateNotes());
        lessonDeck.indexProperty().addListener((o, a, b) -> updateNotes());
    }

    /** F5: from the first step. */
    public void startFromFirst() {
        start(0);
    }

    /** Shift+F5: from the step shown now — the lesson's selected step — or the first if none is. */
    public void startFromCurrent() {
        start(Math.max(0, chosenDeck().indexProperty().get()));
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

    private void start(int step) {
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
            keysScene = map.getScene();
            keysScene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            fullScreen(true);
            map.requestFocus();
        }
        deck.go(step);
        updateNotes();
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
        map.heightProperty().removeListener(refit);
        map.widthProperty().removeListener(refit);
        notesLabel.styleProperty().unbind();
        notesLabel.maxWidthProperty().unbind();
        map.getChildren().remove(blank);
        map.getStyleClass().remove(PRESENTING_STYLE);
        map.getStylesheets().remove(STYLES);
        map.setCaptionScale(0);
        map.setLabelsLarger(false);
        fullScreen(false);
        chrome.accept(true);
    }

    private void key(KeyEvent e) {
        // words being written on the map (the ink's text tool) take every key but Esc, which drops them
        if (e.isShortcutDown() || e.isAltDown() || keysScene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            stop();
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
        if (index >= 0 && index < deck.size()) {
            deck.go(index);
        }
    }

    private void fullScreen(boolean on) {
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
                Rectangle2D screen = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getBounds();
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
