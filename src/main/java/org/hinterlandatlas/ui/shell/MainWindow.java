// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hinterlandatlas.data.ProductVersion;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.NamedView;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.model.ReferenceList;
import org.hinterlandatlas.model.Story;
import org.hinterlandatlas.render.CentrePeripheryDiagramPainter;
import org.hinterlandatlas.render.TimelinePainter;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.tiles.TileService;
import org.hinterlandatlas.ui.Messages;
import org.hinterlandatlas.ui.map.AtlasMapView;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.ui.panels.DetailsPanel;
import org.hinterlandatlas.ui.details.FeatureDetailsFactory;
import org.hinterlandatlas.ui.figure.FigureActions;
import org.hinterlandatlas.ui.figure.FigureSource;
import org.hinterlandatlas.ui.panels.LayerPanel;
import org.hinterlandatlas.ui.panels.LegendPanel;
import org.hinterlandatlas.ui.panels.ViewsPanel;
import org.hinterlandatlas.ui.story.NarrativeKeys;
import org.hinterlandatlas.ui.story.PhaseComparisonWindow;
import org.hinterlandatlas.ui.story.SourcesPanel;
import org.hinterlandatlas.ui.story.Step;
import org.hinterlandatlas.ui.story.StepNavigator;
import org.hinterlandatlas.ui.story.StoryPanel;

/**
 * The atlas window: menus, the narrative tabs on the left (story and sources), the map in the centre, the
 * side panel on the right, the status bar below.
 */
public final class MainWindow extends BorderPane {

    private static final double SIDE_WIDTH = 330;
    private static final double NARRATIVE_WIDTH = 420;
    private static final String PAPER = "gong-song-2024";

    private final AtlasMapView map;
    private final MapViewModel model;
    private StepNavigator navigator;
    private TabPane narrative;
    /** Set while the menus are built. */
    private FigureActions figures;
    private final BooleanProperty narrativeShown = new SimpleBooleanProperty(this, "narrativeShown", true);
    private final BooleanProperty toolsShown = new SimpleBooleanProperty(this, "toolsShown", true);

    /**
     * @param switchLanguage asked to show the atlas in another language; the window is rebuilt in it around a
     *                       model that continues this one's state
     */
    public MainWindow(MapViewModel model, MapPainter painter, LegendPainter legendPainter, TileService tiles,
                      Messages messages, Consumer<Language> switchLanguage, Runnable quit) {
        getStyleClass().add("main-window");
        this.model = model;
        map = new AtlasMapView(model, painter, tiles, messages);
        setCenter(map);
        ScrollPane tools = sidePanel(model, legendPainter, messages);
        setRight(tools);
        narrative = buildNarrativeTabs(model, painter, tiles, messages);
        setLeft(narrative);
        // on a projector's 1280 or 1024 pixels the map needs the room the panels take
        narrativeShown.addListener((o, was, shown) -> setLeft(shown ? narrative : null));
        toolsShown.addListener((o, was, shown) -> setRight(shown ? tools : null));
        setBottom(new StatusBar(model, messages));
        setTop(menus(model, painter, legendPainter, messages, switchLanguage, quit));
    }

    public AtlasMapView map() {
        return map;
    }

    /** The narrative tabs on the left (story, sources, evidence), which the parts of the atlas fill. */
    public TabPane narrativeTabs() {
        return narrative;
    }

    /** Whether the narrative tabs are shown on the left; View ▸ Narrative panel (Shortcut+[). */
    public BooleanProperty narrativeShownProperty() {
        return narrativeShown;
    }

    /** Whether the map tools (views, details, layers, legend) are shown on the right (Shortcut+]). */
    public BooleanProperty toolsShownProperty() {
        return toolsShown;
    }

    /** Pages through the story; other panels append their steps after the story's. */
    public StepNavigator navigator() {
        return navigator;
    }

    /**
     * The narrative on the left: the story (definition, phases, timeline) and the sources. Its steps are paged
     * with Previous/Next and the presentation keys anywhere in the window.
     */
    private TabPane buildNarrativeTabs(MapViewModel model, MapPainter painter, TileService tiles, Messages messages) {
        Story story = model.atlas().content().story();
        ReferenceList references = new ReferenceList(model.atlas().content().sources(), PAPER);
        StoryPanel storyPanel = new StoryPanel(model, story, references,
                new CentrePeripheryDiagramPainter(painter.style(), painter.fonts()),
                new TimelinePainter(painter.style(), painter.fonts()), messages,
                () -> comparePhases(model, painter, tiles, messages));
        Tab storyTab = new Tab(messages.get("story.tab"), storyPanel);
        storyTab.setId("tab-story");
        Tab sourcesTab = new Tab(messages.get("story.sources.tab"), new SourcesPanel(references, messages));
        sourcesTab.setId("tab-sources");
        TabPane tabs = new TabPane(storyTab, sourcesTab);
        tabs.setId("narrative-tabs");
        tabs.getStyleClass().add("narrative-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(NARRATIVE_WIDTH);
        tabs.setMinWidth(NARRATIVE_WIDTH);
        tabs.setMaxWidth(NARRATIVE_WIDTH);
        // a story step brings the story tab forward, whichever tab is open
        List<Step> steps = storyPanel.steps().stream().map(step -> new Step(step.state(), () -> {
            tabs.getSelectionModel().select(storyTab);
            step.reveal().run();
        })).toList();
        navigator = new StepNavigator(model, steps);
        storyPanel.attach(navigator);
        NarrativeKeys.install(this, navigator);
        return tabs;
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
    public FigureActions figures() {
        return figures;
    }

    private ScrollPane sidePanel(MapViewModel model, LegendPainter legendPainter, Messages messages) {
        VBox panels = new VBox(
                section(messages.get("panel.views"), new ViewsPanel(model, map, messages)),
                section(messages.get("panel.details"), new DetailsPanel(model,
                        new FeatureDetailsFactory(model.atlas(), messages), messages)),
                section(messages.get("panel.layers"), new LayerPanel(model, messages)),
                section(messages.get("panel.legend"), new LegendPanel(model, legendPainter, messages)));
        panels.setPadding(new Insets(6));
        panels.setSpacing(6);
        ScrollPane scroll = new ScrollPane(panels);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(SIDE_WIDTH);
        scroll.setMinWidth(SIDE_WIDTH);
        scroll.getStyleClass().add("side-panel");
        return scroll;
    }

    private static TitledPane section(String title, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(true);
        return pane;
    }

    private MenuBar menus(MapViewModel model, MapPainter painter, LegendPainter legendPainter, Messages messages,
                          Consumer<Language> switchLanguage, Runnable quit) {
        MenuItem quitItem = new MenuItem(messages.get("menu.file.quit"));
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quitItem.setOnAction(e -> quit.run());
        figures = new FigureActions(new FigureSource(model, painter, legendPainter), messages,
                () -> getScene() == null ? null : getScene().getWindow());
        Menu file = new Menu(messages.get("menu.file"));
        file.getItems().addAll(figures.menuItems());
        file.getItems().addAll(new SeparatorMenuItem(), quitItem);

        Menu view = new Menu(messages.get("menu.view"));
        int number = 1;
        for (NamedView named : model.atlas().content().views()) {
            MenuItem item = new MenuItem(named.name().get(messages.language()));
            if (number <= 9) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(number++)),
                        KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> model.show(MapState.of(named), true));
            view.getItems().add(item);
        }
        MenuItem zoomIn = new MenuItem(messages.get("menu.view.zoomIn"));
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> map.zoomBy(1));
        MenuItem zoomOut = new MenuItem(messages.get("menu.view.zoomOut"));
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> map.zoomBy(-1));
        view.getItems().addAll(zoomIn, zoomOut, new SeparatorMenuItem());
        view.getItems().addAll(panelItems(messages));

        MenuItem about = new MenuItem(messages.get("menu.help.about"));
        about.setId("help-about");
        about.setOnAction(e -> about(messages));
        Menu help = new Menu(messages.get("menu.help"), null, about);
        return new MenuBar(file, view, languageMenu(messages, switchLanguage), help);
    }

    /** Show or hide each side panel, and full screen (F11), so the map can fill a classroom projector. */
    private List<MenuItem> panelItems(Messages messages) {
        CheckMenuItem showNarrative = new CheckMenuItem(messages.get("menu.view.narrative"));
        showNarrative.setId("toggle-narrative");
        showNarrative.selectedProperty().bindBidirectional(narrativeShown);
        showNarrative.setAccelerator(new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN));
        CheckMenuItem showTools = new CheckMenuItem(messages.get("menu.view.tools"));
        showTools.setId("toggle-tools");
        showTools.selectedProperty().bindBidirectional(toolsShown);
        showTools.setAccelerator(new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN));
        MenuItem fullScreen = new MenuItem(messages.get("menu.view.fullScreen"));
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        fullScreen.setOnAction(e -> {
            if (getScene().getWindow() instanceof Stage stage) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        return List.of(showNarrative, showTools, fullScreen);
    }

    /** 中文 and English as a choice, and Shortcut+L to switch to the other one. */
    private static Menu languageMenu(Messages messages, Consumer<Language> switchLanguage) {
        Menu menu = new Menu(messages.get("menu.language"));
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.of("menu.language", language));
            item.setId("language-" + language.name());
            item.setToggleGroup(group);
            item.setSelected(language == messages.language());
            item.setOnAction(e -> {
                if (language != messages.language()) {
                    switchLanguage.accept(language);
                }
            });
            menu.getItems().add(item);
        }
        MenuItem other = new MenuItem(messages.get("menu.language.switch"));
        other.setId("language-switch");
        other.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        other.setOnAction(e -> switchLanguage.accept(messages.language() == Language.ZH ? Language.EN : Language.ZH));
        menu.getItems().addAll(new SeparatorMenuItem(), other);
        return menu;
    }

    private void about(Messages messages) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(getScene().getWindow());
        alert.setTitle(messages.get("about.title"));
        alert.getDialogPane().setId("about");
        alert.setHeaderText(messages.get("app.title") + "\n" + messages.format("about.version", ProductVersion.current()));
        Label text = new Label(messages.get("about.text") + "\n\n" + messages.get("about.software"));
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        alert.getDialogPane().setStyle(getScene().getRoot().getStyle());
        alert.showAndWait();
    }
}
