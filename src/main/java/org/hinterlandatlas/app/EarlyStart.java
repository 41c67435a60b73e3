// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.ui.prefs.AtlasPreferences;
import org.hinterlandatlas.ui.prefs.NodePreferenceStore;

/**
 * The window's head start: the launcher begins reading the preferences and the shipped data on a thread of
 * its own before it checks the options and starts JavaFX, so on a two-core laptop the data is read while
 * the toolkit starts (about half a second of each) rather than after the loading screen is shown. The
 * window takes what was started, once; a window opened otherwise (the tests, a second window after a
 * language switch) reads as before. Nothing is started for {@code --data-dir}, help or version.
 *
 * <p>The thread sets up AWT's graphics environment first, and JavaFX is started only after that
 * ({@link #beforeToolkit()}): the loader paints with Java2D (the fonts, the first view's tiles), and AWT
 * opening its X display at the moment JavaFX initialised GTK froze about one start in forty, both threads
 * blocked in Xlib (decision 0095).
 */
final class EarlyStart {

    private static volatile EarlyStart started;

    private final CompletableFuture<AtlasPreferences> preferences;
    private final CompletableFuture<WindowData> shipped;
    private final CompletableFuture<Void> graphics = new CompletableFuture<>();

    private EarlyStart() {
        preferences = new CompletableFuture<>();
        shipped = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                try {
                    GraphicsEnvironment.getLocalGraphicsEnvironment();
                } finally {
                    graphics.complete(null);
                }
                AtlasPreferences read = AtlasPreferences.read(NodePreferenceStore.user());
                preferences.complete(read);
                shipped.complete(WindowData.load(new ClasspathDataFiles(), read.theme()));
            } catch (RuntimeException | LinkageError e) {
                // the window then reads them itself and says what is wrong
                preferences.completeExceptionally(e);
                shipped.completeExceptionally(e);
            }
        }, "atlas-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts reading, unless the arguments name other data or ask only for help or the version. */
    static void begin(String[] args) {
        boolean shippedData = Arrays.stream(args).noneMatch(a -> a.startsWith("--data-dir") || a.equals("-h")
                || a.equals("--help") || a.equals("-V") || a.equals("--version"));
        if (shippedData) {
            started = new EarlyStart();
        }
    }

    /**
     * Returns once AWT's graphics environment is set up, if the head start is running; the launcher calls
     * this before it starts JavaFX, so AWT's display and GTK are never opened at the same time.
     */
    static void beforeToolkit() {
        EarlyStart running = started;
        if (running != null) {
            running.graphics.join();
        }
    }

    /** What the launcher started, for the first window to take; empty after that and when nothing was started. */
    static Optional<EarlyStart> take() {
        EarlyStart taken = started;
        started = null;
        return Optional.ofNullable(taken);
    }

    /**
     * The preferences as read at start, empty if reading them failed; waits for them (they come first, in a
     * few milliseconds).
     */
    Optional<AtlasPreferences> preferences() {
        return preferences.handle((read, failure) -> Optional.ofNullable(failure == null ? read : null)).join();
    }

    /** The shipped data, loaded with the theme of {@link #preferences()}; use it only when those were read. */
    CompletableFuture<WindowData> shipped() {
        return shipped;
    }
}
