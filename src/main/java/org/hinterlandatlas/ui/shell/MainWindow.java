// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import org.hinterlandatlas.data.ProductVersion;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.tiles.TileService;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.AtlasMapView;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.ui.panels.DetailsPanel;
import org.hinterlandatlas.ui.details.FeatureDetailsFactory;
import org.hinterlandatlas.ui.classroom.quiz.QuizPanel;
import org.hinterlandatlas.ui.figure.FigureActions;
import org.hinterlandatlas.ui.figure.FigureSource;
import org.hinterlandatlas.ui.panels.LayerPanel;
import org.hinterlandatlas.ui.panels.LegendPanel;
import org.hinterlandatlas.ui.panels.ViewsPanel;
import org.hinterlandatlas.ui.search.OnMapList;
import org.hinterlandatlas.ui.search.PlaceIndex;
import org.hinterlandatlas.ui.search.PlaceSearchField;
import org.hinterlandatlas.ui.shell.menu.CommandTable;
import org.hinterlandatlas.ui.classroom.ink.InkMode;
import org.hinterlandatlas.ui.classroom.present.PresentationMode;
import org.hinterlandatlas.ui.classroom.present.StepPreviews;
import org.hinterlandatlas.ui.story.PhaseComparisonWindow;
import org.hinterlandatlas.ui.classroom.lesson.LessonActions;
import org.hinterlandatlas.ui.classroom.lesson.StepInk;
import org.hinterlandatlas.ui.classroom.lesson.LessonViewModel;
import org.hinterlandatlas.ui.story.Step;
import org.hinterlandatlas.ui.story.StepNavigator;

/**
 * The atlas window: menus (from {@link WindowCommands}), the narrative tabs on the left (story and sources), the map in the centre, the
 * side panel on the right (a drawer over the map in a narrow window, see {@link ResponsiveShell}), the status
 * bar below.
 */
public final class MainWindow extends BorderPane {

    private final AtlasMapView map;
    private final MapViewModel model;
    private final NarrativeTabs narrative;
    private final FigureActions figures;
    private final BuiltOnFirstUse<QuizPanel> quiz;
    private final BooleanProperty narrativeShown = new SimpleBooleanProperty(this, "narrativeShown", true);
    private final BooleanProperty toolsShown = new SimpleBooleanProperty(this, "toolsShown", true);
    private final ResponsiveShell shell;
    private final LessonActions lessons;
    /** A window rebuilt in another language continues the lesson; only the first offers a recovery copy. */
    private boolean continued;
    private final InkMode inkMode;
    private final BuiltOnFirstUse<PresentationMode> presentation;
    private final StatusBar statusBar;
    private final VBox top;
    /** Where the narrative and the map tools stand, their widths fixed from the start so the map's size is final. */
    private final StackPane narrativeRoom = new StackPane();
    private final StackPane toolsRoom = new StackPane();
    private final BuiltOnFirstUse<ScrollPane> tools;
    private boolean panelsShown;
    /** The panels shown before a presentation hid them. */
    private boolean narrativeBefore;
    private boolean toolsBefore;

    /**
     * @param places         the names the search field and the on-map list look in
     * @param desktop        the theme and the preferences, which the application keeps
     * @param switchLanguage asked to show the atlas in another language; the window is rebuilt in it around a
     *                       model that continues this one's state
     */
    public MainWindow(MapViewModel model, MapPainter painter, LegendPainter legendPainter, TileService tiles,
                      PlaceIndex places, Messages messages, Consumer<Language> switchLanguage, Runnable quit,
                      DesktopActions desktop) {
        getStyleClass().add("main-window");
        this.model = model;
        map = new AtlasMapView(model, painter, tiles, messages);
        // the panels beside the map and the classroom's tools are made when first shown or used, not now:
        // the first frame styles and lays out only the menus, the tool bar, the map and the status bar
        tools = new BuiltOnFirstUse<>(() -> sidePanel(model, legendPainter, places, messages));
        lessons = LessonActions.forThisUser(model, new LessonViewModel(model.atlas().content()), messages, this::window);
        narrative = new NarrativeTabs(this, model, painter, lessons, messages,
                () -> comparePhases(model, painter, tiles, messages));
        // on a projector's 1280 or 1024 pixels the map needs the room the panels take
        shell = new ResponsiveShell(this, narrativeRoom, toolsRoom, map, narrativeShown, toolsShown, messages);
        statusBar = new StatusBar(model, messages);
        setBottom(statusBar);
        figures = new FigureActions(new FigureSource(model, painter, legendPainter), messages,
                () -> getScene() == null ? null : getScene().getWindow());
        figures.packLesson(() -> lessons.lessons().lesson());
        MapKeys.install(map, messages.get("map.accessible"));
        quiz = new BuiltOnFirstUse<>(() -> {
            QuizPanel panel = new QuizPanel(model, map, messages);
            map.addMapControl(panel, Pos.TOP_CENTER, new Insets(12));
            return panel;
        });
        PlaceSearchField search = new PlaceSearchField(places, model, map, messages);
        inkMode = new InkMode(map, messages);
        lessons.inkFrom(inkMode.ink()::annotations);
        StepInk.bind(lessons.lessons(), inkMode.ink());
        presentation = new BuiltOnFirstUse<>(() -> new PresentationMode(map, model, narrative.navigator(),
                model.atlas().content().story(), lessons.lessons(), quiz.get(),
                new StepPreviews(painter, legendPainter, model.atlas(), messages), this::showChrome, messages));
        // quitting, or closing the window, asks first about a lesson's unsaved edits
        Runnable quitAfterAsking = () -> {
            if (lessons.keepChanges()) {
                quit.run();
            }
        };
        askBeforeClosing();
        CommandTable commands = WindowCommands.table(new WindowCommands.Targets(model, map, figures,
                narrative.navigator(), narrativeShown, toolsShown, switchLanguage, search, desktop, quitAfterAsking,
                () -> about(messages), this::window, lessons, () -> quiz.get().open(), inkMode.onProperty(),
                presentation), messages);
        ToolBar toolBar = new ToolBar(search);
        toolBar.setAccessibleText(messages.get("toolbar.accessible"));
        top = new VBox(commands.menuBar(messages), toolBar);
        setTop(top);
        commands.installFurtherKeys(this);
        WindowCommands.installQuestionMark(this, commands, messages, this::window);
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && panelsShown) {
                greet();
            }
        });
    }

    /**
     * Makes the narrative and the map tools and puts them into the room kept for them, and makes the
     * presentation and the quiz. Until then the window has only the map, the menus, the tool bar and the
     * status bar, so the first frame makes, styles and lays out no more than those: at start the atlas calls
     * this once the map has been drawn; a window rebuilt in another language, at once. A command that needs
     * one of them before (Go ▸ Quiz, F5) makes it then.
     */
    public void showPanels() {
        if (panelsShown) {
            return;
        }
        panelsShown = true;
        narrativeRoom.getChildren().setAll(narrative.tabs());
        toolsRoom.getChildren().setAll(tools.get());
        // the presentation and its quiz are hidden until asked for; made now, they are ready when they are
        presentation.get();
        if (getScene() != null) {
            greet();
        }
    }

    /**
     * The first control to have the keyboard is the narrative's, where the clicker's ← and → page the story —
     * not the map (the arrows would pan it) nor the search field (they would move its caret); then a lesson
     * left unsaved by a crash is offered back.
     */
    private void greet() {
        narrative.tabs().requestFocus();
        Platform.runLater(() -> {
            if (!continued) {
                lessons.offerRecovery();
            }
        });
    }

    /**
     * The window's close button asks about a lesson's unsaved edits, and Cancel keeps the window open. Only
     * while this is the window's content: a window rebuilt in another language asks through its own.
     */
    private void askBeforeClosing() {
        EventHandler<WindowEvent> ask = e -> {
            if (!lessons.keepChanges()) {
                e.consume();
            }
        };
        ChangeListener<Window> follow = (o, old, now) -> {
            if (old != null) {
                old.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, ask);
            }
            if (now != null) {
                now.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, ask);
            }
        };
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.windowProperty().removeListener(follow);
                follow.changed(null, old.getWindow(), null);
            }
            if (scene != null) {
                scene.windowProperty().addListener(follow);
                follow.changed(null, null, scene.getWindow());
            }
        });
    }

    /** The lesson being edited, for the classroom's other parts (ink, presentation, quiz, print pack). */
    public LessonViewModel lessons() {
        return lessons.lessons();
    }

    public AtlasMapView map() {
        return map;
    }

    /** Presenting the steps full screen (F5, Shift+F5). */
    public PresentationMode presentation() {
        return presentation.get();
    }

    /** Everything but the map, hidden for a presentation and shown again as it was after. */
    private void showChrome(boolean shown) {
        if (shown) {
            setTop(top);
            setBottom(statusBar);
            narrativeShown.set(narrativeBefore);
            toolsShown.set(toolsBefore);
        } else {
            narrativeBefore = narrativeShown.get();
            toolsBefore = toolsShown.get();
            narrativeShown.set(false);
            toolsShown.set(false);
            setTop(null);
            setBottom(null);
        }
    }

    /** Drawing on the map, and the ink a lesson step keeps. */
    public InkMode inkMode() {
        return inkMode;
    }

    /** The narrative tabs on the left (story, sources, lesson, evidence); made now if not shown yet. */
    public TabPane narrativeTabs() {
        return narrative.tabs();
    }

    /**
     * Adds a tab to the narrative after the story's, the sources' and the lesson's, and its steps to the
     * Previous/Next walk after the story's: each step brings the tab forward, then runs its own reveal.
     */
    public void addNarrativeTab(Tab tab, List<Step> steps) {
        narrative.add(tab, steps);
    }

    /** Whether the narrative tabs are shown on the left; View ▸ Narrative panel (Shortcut+[). */
    public BooleanProperty narrativeShownProperty() {
        return narrativeShown;
    }

    /** Whether the map tools (views, details, layers, legend) are shown on the right (Shortcut+]). */
    public BooleanProperty toolsShownProperty() {
        return toolsShown;
    }

    /** Shows the panels as an earlier window (the same atlas in the other language) showed them. */
    public void continuePanels(MainWindow previous) {
        shell.keepChoices();
        continued = true;
        lessons.continueFrom(previous.lessons);
        narrativeShown.set(previous.narrativeShown.get());
        toolsShown.set(previous.toolsShown.get());
    }

    /** Pages through the story; other panels append their steps after the story's. */
    public StepNavigator navigator() {
        return narrative.navigator();
    }

    /** Opens the comparison on the phase shown now and the one after it (or the first two). */
    private void comparePhases(MapViewModel model, MapPainter painter, TileService tiles, Messages messages) {
        List<Phase> phases = model.atlas().content().story().phases();
        MapState shown = model.shownProperty().get();
        int current = 0;
        for (int i = 0; i < phases.size(); i++) {
            if (shown != null && phases.get(i).id().equals(shown.id())) {
                current = i;
            }
        }
        int other = current + 1 < phases.size() ? current + 1 : Math.max(0, current - 1);
        new PhaseComparisonWindow(getScene().getWindow(), model, painter, tiles, messages,
                phases.get(Math.min(current, other)), phases.get(Math.max(current, other))).show();
    }

    public MapViewModel model() {
        return model;
    }

    /** The File menu's figure commands, through which panels export their own charts and maps. */
    public QuizPanel quiz() {
        return quiz.get();
    }

    public FigureActions figures() {
        return figures;
    }

    private ScrollPane sidePanel(MapViewModel model, LegendPainter legendPainter, PlaceIndex places,
                                 Messages messages) {
        VBox panels = new VBox(
                section(messages.get("panel.views"), new ViewsPanel(model, map, messages)),
                section(messages.get("panel.details"), new DetailsPanel(model,
                        new FeatureDetailsFactory(model.atlas(), messages), messages)),
                section(messages.get("panel.layers"), new LayerPanel(model, messages)),
                section(messages.get("panel.legend"), new LegendPanel(model, legendPainter, messages)),
                onMap(new OnMapList(places, model, messages), messages));
        panels.setPadding(new Insets(6));
        panels.setSpacing(6);
        ScrollPane scroll = new ScrollPane(panels);
        scroll.setFitToWidth(true);
        // the room the shell gives the tools decides their height; what is in it must not ask for more
        scroll.setMinHeight(0);
        scroll.getStyleClass().add("side-panel");
        return scroll;
    }

    /** The map's features as a list, for the keyboard and screen readers; folded until asked for. */
    private static TitledPane onMap(OnMapList list, Messages messages) {
        TitledPane pane = section(messages.get("panel.onMap"), list);
        pane.setId("panel-on-map");
        pane.setExpanded(false);
        return pane;
    }

    private static TitledPane section(String title, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(true);
        return pane;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void about(Messages messages) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(getScene().getWindow());
        alert.setTitle(messages.get("about.title"));
        alert.getDialogPane().setId("about");
        alert.setHeaderText(messages.get("app.title") + "\n" + messages.format("about.version", ProductVersion.current()));
        Label text = new Label(messages.get("about.text") + "\n\n" + messages.get("about.software"));
        text.setWrapText(true);
        // the dialog takes its width from the content's preferred width, which for a label is its longest line
        text.setPrefWidth(560);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        alert.getDialogPane().setStyle(getScene().getRoot().getStyle());
        alert.showAndWait();
    }
}
