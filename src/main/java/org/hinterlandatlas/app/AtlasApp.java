// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hinterlandatlas.app.cli.AtlasCli;
import org.hinterlandatlas.app.cli.UsageError;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.DataFiles;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.style.MapStyle;
import org.hinterlandatlas.task.BackgroundExecutors;
import org.hinterlandatlas.tiles.OfflineTileRetriever;
import org.hinterlandatlas.tiles.TileRenderer;
import org.hinterlandatlas.tiles.TileService;
import org.hinterlandatlas.ui.FxFonts;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.evidence.EvidencePanel;
import org.hinterlandatlas.ui.evidence.EvidenceViewModel;
import org.hinterlandatlas.ui.figure.ExportDefaults;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.ui.prefs.AtlasPreferences;
import org.hinterlandatlas.ui.prefs.NodePreferenceStore;
import org.hinterlandatlas.ui.prefs.PreferenceNotice;
import org.hinterlandatlas.ui.prefs.PreferencesDialog;
import org.hinterlandatlas.ui.shell.DesktopActions;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.hinterlandatlas.ui.search.PlaceIndex;
import org.hinterlandatlas.ui.shell.StartupErrorView;
import org.hinterlandatlas.ui.story.Step;
import org.hinterlandatlas.ui.theme.Theme;

/**
 * The JavaFX application: loads and checks all data off the FX thread (showing a loading screen while it
 * is still being read once the stage is up), then shows the atlas — or, when a file is broken, a clear
 * message in the window instead of the map.
 */
public final class AtlasApp extends Application {

    private static final Logger LOG = Logger.getLogger(AtlasApp.class.getName());
    /**
     * 32 MiB at 8 bytes a pixel: 64 tiles of 256 × 256 pixels, a whole 1920 × 1080 screen (at most 54 tiles;
     * Gluon holds those on screen anyway) and ten beyond; the window's heap is sized for it (decisions 0090,
     * 0093).
     */
    private static final long TILE_CACHE_BYTES = 32L << 20;

    /** Set by the launcher before the launch when this is the user's only atlas; absent in tests. */
    private static volatile SingleInstance singleInstance;

    private final ExecutorService tileExecutor = BackgroundExecutors.fixed("tiles", BackgroundExecutors.cores());
    /** What the launcher began reading before JavaFX started, if it did. */
    private final Optional<EarlyStart> early = EarlyStart.take();
    private final AtlasPreferences preferences = early.flatMap(EarlyStart::preferences)
            .orElseGet(() -> AtlasPreferences.read(NodePreferenceStore.user()));
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(preferences.theme());
    private DataFiles dataFiles;
    /** The bundled font, if JavaFX could not load it; told with the preferences' notices. */
    private List<Bilingual> fontNotices = List.of();
    private Atlas atlas;
    private Stage stage;
    /** The window in the stage; at start, its panels come in after the map's first frame. */
    private MainWindow window;
    /** The window once every panel is in it; what tests wait for. */
    private volatile MainWindow complete;
    /** The index of names to search, made with the data; it does not depend on the language or theme. */
    private PlaceIndex places;
    private MapPainter painter;
    private LegendPainter legendPainter;
    private TileService tiles;
    private FontSet fonts;
    private EvidenceViewModel evidence;
    /** What {@link Launcher} exits with once the window closes: non-zero after a bad option. */
    private static volatile int exitCode;

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        StartupOptions options;
        try {
            options = WindowOptions.parse(getParameters().getRaw().toArray(String[]::new));
        } catch (UsageError e) {
            showBadOption(e);
            return;
        }
        try {
            FxFonts.load();
        } catch (IllegalStateException | UncheckedIOException e) {
            // the controls then use a system font; on a machine without a Chinese one, Chinese shows as boxes
            LOG.log(Level.WARNING, "The bundled font cannot be used by JavaFX", e);
            fontNotices = List.of(Messages.bilingual("font.notice", String.valueOf(e.getMessage())));
        }
        dataFiles = options.dataFiles();
        theme.addListener((o, old, chosen) -> switchTheme(chosen));
        Language language = options.language().or(preferences::language).orElse(Language.ZH);
        Messages messages = Messages.of(language);
        Theme startTheme = theme.get();
        // the launcher's head start, if it read the same data with the same theme's style
        CompletableFuture<WindowData> data = early
                .filter(e -> options.dataFiles() instanceof ClasspathDataFiles && e.preferences().isPresent())
                .map(EarlyStart::shipped)
                .orElseGet(() -> CompletableFuture.supplyAsync(() -> WindowData.load(options.dataFiles(), startTheme),
                        AtlasApp::runOnLoaderThread));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // shown empty: the launcher has mostly read the data by the time the stage is up (see below)
        Scene scene = new Scene(new Pane(), Math.min(1440, screen.getWidth() * 0.92),
                Math.min(900, screen.getHeight() * 0.9));
        scene.getStylesheets().add(AtlasApp.class.getResource("/styles/app.css").toExternalForm());
        scene.getStylesheets().add(AtlasApp.class.getResource("/styles/desktop.css").toExternalForm());
        scene.getStylesheets().add(AtlasApp.class.getResource(Theme.STYLESHEET).toExternalForm());
        stage.setTitle(messages.get("app.title") + " — " + messages.get("app.subtitle"));
        stage.setScene(scene);
        WindowPlaces.restore(stage, preferences);
        for (int size : new int[] {32, 64, 256}) {
            stage.getIcons().add(new Image(AtlasApp.class.getResource("/icons/hinterland-atlas-" + size + ".png").toExternalForm()));
        }
        stage.show();
        if (!data.isDone()) {
            scene.setRoot(loadingScreen(messages));
        }
        SingleInstance instance = singleInstance;
        if (instance != null) {
            instance.onToFront(() -> Platform.runLater(this::toFront));
        }

        double outputScale = stage.getOutputScaleX();
        double sceneWidth = scene.getWidth();
        double sceneHeight = scene.getHeight();
        data.whenComplete((loaded, failure) -> {
            Throwable problem = failure;
            if (problem == null) {
                try {
                    // on the thread that read the data: the first view's tiles are painted while the window is built
                    usePainters(loaded, outputScale);
                    paintFirstTiles(loaded, options, sceneWidth, sceneHeight);
                } catch (RuntimeException | LinkageError e) {
                    problem = e;
                }
            }
            Throwable failed = problem instanceof CompletionException ? problem.getCause() : problem;
            Platform.runLater(() -> {
                if (failed == null) {
                    try {
                        showAtlas(loaded, options, language);
                    } catch (RuntimeException | LinkageError e) {
                        // a window that cannot be built says so in place of the map, rather than hang unseen
                        showFailure(e);
                    }
                } else {
                    showFailure(failed);
                }
            });
        });
    }

    /**
     * What the stage shows while the data is still being read. Not made when the launcher has read it by the
     * time the stage is up: the map follows at once, and a screen of controls would only be styled (Modena's
     * stylesheet parsed for it) and laid out before it (decision 0091).
     */
    private static Parent loadingScreen(Messages messages) {
        ProgressIndicator progress = new ProgressIndicator();
        Label loading = new Label(messages.get("loading"));
        loading.getStyleClass().add("loading");
        VBox splash = new VBox(16, progress, loading);
        splash.setStyle("-fx-alignment: center;");
        return splash;
    }

    /** The painters for the data read, and the tile service at the screen's output scale. */
    private void usePainters(WindowData loaded, double outputScale) {
        atlas = loaded.atlas();
        fonts = loaded.fonts();
        usePainters(loaded.style(), outputScale);
    }

    /**
     * Starts painting the tiles of the view the window opens at, in the stage's size, on the tile threads
     * ({@link FirstTiles}); a view named wrongly is left to {@link #showAtlas}, which says so.
     */
    private void paintFirstTiles(WindowData loaded, StartupOptions options, double sceneWidth, double sceneHeight) {
        List<MapState> states = loaded.atlas().content().mapStates();
        firstView(states, options).ifPresent(state -> {
            boolean remembered = rememberedView(states, options).isPresent();
            tiles.setLayers(remembered ? preferences.layers().orElse(state.layers()) : state.layers());
            FirstTiles.of(state, sceneWidth, sceneHeight).forEach(tiles::load);
        });
    }

    /** The view the window opens at: where the teacher left it, unless --view names one; empty if that is wrong. */
    private Optional<MapState> firstView(List<MapState> states, StartupOptions options) {
        Optional<MapState> remembered = rememberedView(states, options);
        if (remembered.isPresent()) {
            return remembered;
        }
        try {
            return Optional.of(options.view(states));
        } catch (UsageError e) {
            return Optional.empty();
        }
    }

    /** Without --view the atlas opens where the teacher left it, if that view still exists. */
    private Optional<MapState> rememberedView(List<MapState> states, StartupOptions options) {
        return options.viewId().isPresent() ? Optional.empty()
                : preferences.lastView().flatMap(id -> states.stream().filter(s -> s.id().equals(id)).findFirst());
    }

    static void answerLaterStarts(SingleInstance instance) {
        singleInstance = instance;
    }

    /** A later start asked for this window: un-minimise it and raise it (window managers may only flash it). */
    private void toFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private static void runOnLoaderThread(Runnable task) {
        Thread thread = new Thread(task, "atlas-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The exit code of the process once the window has closed. */
    static int exitCode() {
        return exitCode;
    }

    /** The theme shown; setting it rebuilds the window in the other one. For tests. */
    ObjectProperty<Theme> theme() {
        return theme;
    }

    /** The main window once every panel is in it; for tests. */
    MainWindow window() {
        return complete;
    }

    private void showAtlas(WindowData data, StartupOptions options, Language language) {
        List<MapState> states = data.atlas().content().mapStates();
        MapState first;
        try {
            first = options.view(states);
        } catch (UsageError e) {
            showBadOption(e);
            return;
        }
        // without --view the atlas opens where the teacher left it, layers and all
        Optional<MapState> remembered = rememberedView(states, options);
        places = data.places();
        evidence = new EvidenceViewModel(data.atlas().content().evidence());
        MapViewModel model = new MapViewModel(data.atlas(), language);
        MainWindow built = buildWindow(model);
        stage.getScene().setRoot(built);
        model.show(remembered.orElse(first), false);
        if (remembered.isPresent()) {
            // after the story has caught up with the step it shows (its slider shows the phase again)
            preferences.layers().ifPresent(layers -> Platform.runLater(() -> {
                for (MapLayerId layer : MapLayerId.values()) {
                    model.setLayerVisible(layer, layers.contains(layer));
                }
            }));
        }
        model.shownProperty().addListener((o, old, shown) -> rememberView(shown));
        // the map and its base layers first: the panels beside it are laid out once it has been drawn
        StartupProbe probe = StartupProbe.enabled() ? new StartupProbe() : null;
        // shown only once it is drawn whole: the sea alone, or tiles before their overlay, are not the map
        built.map().setOpacity(0);
        FirstMapFrame.whenDrawn(built.map(), tiles, () -> built.map().setOpacity(1), () -> {
            // every band not read yet is read now, each on a thread of its own, so no zoom waits on the FX thread
            data.atlas().baseMap().readRemaining(AtlasApp::runOnLoaderThread);
            // the names to search are spelled out now, off the start's path and before a teacher types
            runOnLoaderThread(data.places()::prepareSearch);
            if (window != built) {
                // rebuilt meanwhile in another language or theme, whole
                return;
            }
            if (probe != null) {
                probe.mapDrawn();
            }
            built.showPanels();
            complete = built;
            if (probe != null) {
                probe.panelsShown();
            }
            List<Bilingual> notices = new ArrayList<>(preferences.notices());
            notices.addAll(fontNotices);
            tellNotices(notices);
        });
    }

    /** The painters and tiles of a map style; the tiles are keyed by the style, so none of another's is shown. */
    private void usePainters(MapStyle style, double outputScale) {
        painter = new MapPainter(style, fonts);
        legendPainter = new LegendPainter(style, fonts);
        // a HiDPI screen gets tiles at its scale; the cache is bounded in bytes, so it holds fewer of them
        double scale = Math.max(1, Math.min(3, outputScale));
        tiles = new TileService(new TileRenderer(painter, atlas.baseMap()), tileExecutor, TILE_CACHE_BYTES);
        tiles.setOutputScale(scale);
        OfflineTileRetriever.install(tiles);
    }

    /** Views, steps and evidence are remembered; a found place's area is not one to return to. */
    private void rememberView(MapState shown) {
        if (shown != null && atlas.content().mapState(shown.id()).isPresent()) {
            preferences.setLastView(shown.id());
        }
    }

    private void tellNotices(List<Bilingual> notices) {
        if (!notices.isEmpty() && window != null) {
            PreferenceNotice.show(window, notices, Messages.of(window.model().languageProperty().get()));
        }
    }

    /** The window around the map, its panels not yet in it; it becomes the stage's window at once. */
    private MainWindow buildWindow(MapViewModel model) {
        Messages messages = Messages.of(model.languageProperty().get());
        MainWindow built = new MainWindow(model, painter, legendPainter, tiles, places, messages, this::switchLanguage,
                Platform::exit, new DesktopActions(theme, this::openPreferences, this::resetPreferences));
        if (theme.get().styleClass() != null) {
            built.getStyleClass().add(theme.get().styleClass());
        }
        addEvidence(built, model, messages);
        built.figures().startFrom(() -> new ExportDefaults(preferences.exportFolder(), preferences.paper(),
                preferences.dpi(), preferences.furniture()), preferences::setExportFolder);
        window = built;
        stage.setTitle(messages.get("app.title") + " — " + messages.get("app.subtitle"));
        return built;
    }

    /**
     * Adds the evidence tab after the story's, and its items to the Previous/Next walk after the story's
     * steps: a step opens the tab and the item, the navigator moves the map. The tab's content is made when
     * it is first selected; the tab is made now, so a Table 2 figure opened before the panels are in finds it.
     */
    private void addEvidence(MainWindow built, MapViewModel model, Messages messages) {
        Tab tab = EvidencePanel.tab(evidence, model, messages, painter, fonts, built.figures());
        built.addNarrativeTab(tab, evidence.states().stream()
                .map(state -> new Step(state, () -> evidence.reveal(state.id()))).toList());
    }

    /**
     * Rebuilds the window in the other language around a model that continues the current one, so the map
     * stays where it is and every string, panel and label follows; the choice is remembered.
     */
    private void switchLanguage(Language language) {
        preferences.setLanguage(language);
        save();
        rebuild(language);
    }

    /**
     * Another theme: the map style with its values, new painters and tiles for it, and the window rebuilt
     * around the same map as for a language switch. A theme file that cannot be read keeps the theme shown.
     */
    private void switchTheme(Theme chosen) {
        try {
            usePainters(WindowData.style(dataFiles, chosen), stage.getOutputScaleX());
        } catch (DataException e) {
            LOG.log(Level.WARNING, "The theme cannot be used: " + e.getMessage(), e);
            tellNotices(List.of(new Bilingual(
                    Messages.of(Language.ZH).format("theme.error", e.describe(Language.ZH)),
                    Messages.of(Language.EN).format("theme.error", e.describe(Language.EN)))));
            return;
        }
        preferences.setTheme(chosen);
        save();
        rebuild(window.model().languageProperty().get());
    }

    private void rebuild(Language language) {
        MainWindow previous = window;
        Viewport viewport = previous.map().viewport();
        closeOwnedWindows();
        MainWindow built = buildWindow(MapViewModel.continuing(previous.model(), language));
        // the map is drawn already: the new window comes whole
        built.showPanels();
        stage.getScene().setRoot(built);
        complete = built;
        window.continuePanels(previous);
        window.map().restore(viewport);
        // the new window's narrative opens at the step the old one showed (its tab and its item)
        int step = window.navigator().indexProperty().get();
        if (step >= 0) {
            window.navigator().steps().get(step).reveal().run();
        }
    }

    /**
     * The windows the old one opened (a comparison of phases, an enlarged chart) speak the old language and
     * follow the old model; they close, and the teacher opens them again from the new window.
     */
    private void closeOwnedWindows() {
        for (Window open : List.copyOf(Window.getWindows())) {
            if (open instanceof Stage owned && owned.getOwner() == stage) {
                owned.close();
            }
        }
    }

    /** The commands' message for the same mistake, in the window and the log; the process then exits with 2. */
    private void showBadOption(UsageError e) {
        LOG.severe(e.getMessage());
        exitCode = AtlasCli.USAGE;
        StartupErrorView view = StartupErrorView.badOption(e.zh(), e.en());
        if (stage.getScene() == null) {
            stage.setScene(new Scene(view, 900, 600));
            stage.show();
        } else {
            stage.getScene().setRoot(view);
        }
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof DataException problem) {
            LOG.log(Level.SEVERE, "The atlas cannot start: " + problem.getMessage(), problem);
            stage.getScene().setRoot(new StartupErrorView(problem));
        } else {
            LOG.log(Level.SEVERE, "Unexpected failure while starting the atlas", failure);
            String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            stage.getScene().setRoot(StartupErrorView.unexpected(message));
        }
    }

    /** Edit ▸ Preferences: what the teacher changes there takes effect at once and is kept. */
    private void openPreferences() {
        Messages messages = Messages.of(window.model().languageProperty().get());
        PreferencesDialog.show(stage, preferences, theme.get(), messages).ifPresent(choices -> {
            preferences.setPaper(choices.paper());
            preferences.setDpi(choices.dpi());
            preferences.setFurniture(choices.furniture());
            choices.exportFolder().ifPresent(preferences::setExportFolder);
            save();
            if (choices.theme() != theme.get()) {
                theme.set(choices.theme());
            }
            if (choices.language() != window.model().languageProperty().get()) {
                switchLanguage(choices.language());
            }
        });
    }

    /** Help ▸ Reset preferences: every choice forgotten, the light theme now, the rest at the next start. */
    private void resetPreferences() {
        Messages messages = Messages.of(window.model().languageProperty().get());
        if (PreferencesDialog.confirmReset(stage, messages)) {
            preferences.reset();
            save();
            theme.set(Theme.LIGHT);
        }
    }

    private void save() {
        preferences.save().ifPresent(problem -> tellNotices(List.of(problem)));
    }

    @Override
    public void stop() {
        if (window != null) {
            WindowPlaces.remember(stage, preferences);
            preferences.setLayers(window.model().layers());
            // at exit there is no window left to tell; the log has it
            preferences.save();
        }
        tileExecutor.shutdownNow();
    }
}
