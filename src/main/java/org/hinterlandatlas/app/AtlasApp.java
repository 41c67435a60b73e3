// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.data.AtlasLoader;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.StyleLoader;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.style.MapStyle;
import org.hinterlandatlas.task.BackgroundExecutors;
import org.hinterlandatlas.tiles.OfflineTileRetriever;
import org.hinterlandatlas.tiles.TileRenderer;
import org.hinterlandatlas.tiles.TileService;
import org.hinterlandatlas.ui.FxFonts;
import org.hinterlandatlas.ui.Messages;
import org.hinterlandatlas.ui.evidence.EvidencePanel;
import org.hinterlandatlas.ui.evidence.EvidenceViewModel;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.hinterlandatlas.ui.shell.StartupErrorView;
import org.hinterlandatlas.ui.story.Step;

/**
 * The JavaFX application: shows a loading screen, loads and checks all data off the FX thread, then shows
 * the atlas — or, when a file is broken, a clear message in the window instead of the map.
 */
public final class AtlasApp extends Application {

    private static final Logger LOG = Logger.getLogger(AtlasApp.class.getName());
    /** 96 MiB: 384 tiles of 256 × 256 pixels, about four screens at every zoom level passed through. */
    private static final long TILE_CACHE_BYTES = 96L << 20;

    private final ExecutorService tileExecutor = BackgroundExecutors.fixed("tiles", BackgroundExecutors.cores());
    private final LanguagePreference languagePreference = LanguagePreference.user();
    private Stage stage;
    private MainWindow window;
    private MapPainter painter;
    private LegendPainter legendPainter;
    private TileService tiles;
    private FontSet fonts;
    private EvidenceViewModel evidence;

    /** The data, style and painter, ready to show. */
    private record Loaded(Atlas atlas, MapStyle style, FontSet fonts) {
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        StartupOptions options = StartupOptions.from(getParameters().getNamed());
        FxFonts.load();
        Language language = options.language().or(languagePreference::remembered).orElse(Language.ZH);
        Messages messages = Messages.of(language);
        ProgressIndicator progress = new ProgressIndicator();
        Label loading = new Label(messages.get("loading"));
        loading.getStyleClass().add("loading");
        VBox splash = new VBox(16, progress, loading);
        splash.setStyle("-fx-alignment: center;");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(splash, Math.min(1440, screen.getWidth() * 0.92), Math.min(900, screen.getHeight() * 0.9));
        scene.getStylesheets().add(AtlasApp.class.getResource("/styles/app.css").toExternalForm());
        stage.setTitle(messages.get("app.title") + " — " + messages.get("app.subtitle"));
        stage.setScene(scene);
        stage.show();

        CompletableFuture.supplyAsync(() -> load(options), AtlasApp::runOnLoaderThread)
                .whenComplete((loaded, failure) -> Platform.runLater(() -> {
                    if (failure == null) {
                        showAtlas(loaded, options, language);
                    } else {
                        showFailure(failure instanceof CompletionException ? failure.getCause() : failure);
                    }
                }));
    }

    private static void runOnLoaderThread(Runnable task) {
        Thread thread = new Thread(task, "atlas-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The main window, once loaded; for tests. */
    MainWindow window() {
        return window;
    }

    private static Loaded load(StartupOptions options) {
        try {
            long start = System.nanoTime();
            // the fonts load beside the data, on the second core
            CompletableFuture<FontSet> fonts = CompletableFuture.supplyAsync(FontSet::bundled, AtlasApp::runOnLoaderThread);
            MapStyle style = new StyleLoader(options.dataFiles(), StyleLoader.DEFAULT_STYLE).load();
            Atlas atlas = AtlasLoader.loadForUse(options.dataFiles());
            Loaded loaded = new Loaded(atlas, style, fonts.join());
            LOG.info(() -> String.format(Locale.ROOT, "Loaded the atlas data in %d ms",
                    (System.nanoTime() - start) / 1_000_000));
            return loaded;
        } catch (DataException e) {
            throw new CompletionException(e);
        }
    }

    private void showAtlas(Loaded data, StartupOptions options, Language language) {
        painter = new MapPainter(data.style(), data.fonts());
        legendPainter = new LegendPainter(data.style(), data.fonts());
        fonts = data.fonts();
        evidence = new EvidenceViewModel(data.atlas().content().evidence());
        tiles = new TileService(new TileRenderer(painter, data.atlas().baseMap()), tileExecutor, TILE_CACHE_BYTES);
        OfflineTileRetriever.install(tiles);
        MapViewModel model = new MapViewModel(data.atlas(), language);
        showWindow(model);
        data.atlas().content().mapState(options.viewId())
                .or(() -> data.atlas().content().mapStates().stream().findFirst())
                .ifPresent(state -> model.show(state, false));
        // every band not read yet is read now, each on a thread of its own, so no zoom waits on the FX thread
        data.atlas().baseMap().readRemaining(AtlasApp::runOnLoaderThread);
        if (StartupProbe.enabled()) {
            StartupProbe.watch(model, tiles);
        }
    }

    private void showWindow(MapViewModel model) {
        Messages messages = Messages.of(model.languageProperty().get());
        MainWindow built = new MainWindow(model, painter, legendPainter, tiles, messages, this::switchLanguage, Platform::exit);
        addEvidence(built, model, messages);
        // published only when complete: tests wait for it from another thread
        window = built;
        stage.setTitle(messages.get("app.title") + " — " + messages.get("app.subtitle"));
        stage.getScene().setRoot(window);
    }

    /**
     * Adds the evidence tab after the story's, and its items to the Previous/Next walk after the story's
     * steps: a step opens the tab and the item, the navigator moves the map.
     */
    private void addEvidence(MainWindow built, MapViewModel model, Messages messages) {
        Tab tab = EvidencePanel.tab(evidence, model, messages, painter, fonts, built.figures());
        built.narrativeTabs().getTabs().add(tab);
        built.navigator().append(evidence.states().stream().map(state -> new Step(state, () -> {
            built.narrativeTabs().getSelectionModel().select(tab);
            evidence.reveal(state.id());
        })).toList());
    }

    /**
     * Rebuilds the window in the other language around a model that continues the current one, so the map
     * stays where it is and every string, panel and label follows; the choice is remembered.
     */
    private void switchLanguage(Language language) {
        MainWindow previous = window;
        Viewport viewport = previous.map().viewport();
        languagePreference.remember(language);
        closeOwnedWindows();
        showWindow(MapViewModel.continuing(previous.model(), language));
        window.narrativeShownProperty().set(previous.narrativeShownProperty().get());
        window.toolsShownProperty().set(previous.toolsShownProperty().get());
        window.map().restore(viewport);
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

    @Override
    public void stop() {
        tileExecutor.shutdownNow();
    }
}
