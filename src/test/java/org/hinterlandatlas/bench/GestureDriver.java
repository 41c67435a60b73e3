// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.application.Preloader;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.ui.map.AtlasMapView;

/**
 * Drives the atlas window in its own process for the frame-time and soak benchmarks: named as the JavaFX
 * preloader ({@code -Djavafx.preloader}), so the atlas starts exactly as it ships. Once the map is in the
 * window it fills the screen with the window, switches every layer on, and moves the pointer with xdotool
 * as a teacher would — drags, wheel steps, story steps — while JFR records every pulse. It writes the start
 * and end of each gesture, and the memory it sampled, to the file named by {@code bench.gestureOut}, then
 * closes the atlas.
 *
 * <p>{@code bench.gesture=frames}: a warm-up drag, a 20 s drag, 12 wheel steps, each once.
 * {@code bench.gesture=soak}: drags, wheel steps and story steps for {@code bench.soakMinutes} minutes,
 * memory sampled every {@code bench.sampleSeconds}.
 */
public final class GestureDriver extends Preloader {

    /** The pointer's pace: one move of 6 px each 16 ms, as a hand drags. */
    private static final int STEP_PX = 6;
    private static final String STEP_SECONDS = "0.016";
    private static final int MOVES_PER_SIDE = 40;
    private static final long WHEEL_PAUSE_MS = 400;

    private final List<String> lines = new ArrayList<>();
    private volatile AtlasMapView map;
    private int centreX;
    private int centreY;

    @Override
    public void start(Stage preloaderStage) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                for (Window window : Window.getWindows()) {
                    Node found = window.getScene() == null ? null : window.getScene().lookup(".atlas-map");
                    if (found instanceof AtlasMapView view && window instanceof Stage stage && view.getWidth() > 0) {
                        stop();
                        prepare(stage, view);
                        return;
                    }
                }
            }
        }.start();
    }

    /** Fills the screen with the window and switches every layer on, then drives it on a thread of its own. */
    private void prepare(Stage stage, AtlasMapView view) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        for (MapLayerId layer : MapLayerId.values()) {
            view.model().setLayerVisible(layer, true);
        }
        map = view;
        Thread driver = new Thread(this::drive, "gesture-driver");
        driver.setDaemon(true);
        driver.start();
    }

    private void drive() {
        try {
            pause(3000);
            onFx(() -> {
                Point2D centre = map.localToScreen(map.getWidth() / 2, map.getHeight() / 2);
                centreX = (int) centre.getX();
                centreY = (int) centre.getY();
            });
            if ("soak".equals(System.getProperty("bench.gesture"))) {
                soak();
            } else {
                frames();
            }
            Files.write(Path.of(System.getProperty("bench.gestureOut")), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    private void frames() throws IOException, InterruptedException {
        drag(3);
        pause(1000);
        mark("pan-start");
        drag(20);
        mark("pan-end");
        pause(1000);
        mark("zoom-start");
        wheel(6, 4);
        wheel(6, 5);
        mark("zoom-end");
        pause(1000);
        memory(0);
    }

    /** Rounds of a drag, wheel steps in and out and three story steps, until the time is up. */
    private void soak() throws IOException, InterruptedException {
        double minutes = Double.parseDouble(System.getProperty("bench.soakMinutes", "30"));
        long sampleMs = (long) (1000 * Double.parseDouble(System.getProperty("bench.sampleSeconds", "30")));
        long start = System.nanoTime();
        long end = start + (long) (minutes * 60e9);
        long nextSample = start;
        int round = 0;
        while (System.nanoTime() < end) {
            if (System.nanoTime() >= nextSample) {
                memory((System.nanoTime() - start) / 1e9);
                nextSample += sampleMs * 1_000_000;
            }
            drag(8);
            wheel(4, round % 2 == 0 ? 4 : 5);
            // forward through the story, and back again every other round, so every view is visited
            String key = round % 4 < 2 ? "Next" : "Prior";
            for (int i = 0; i < 3; i++) {
                xdotool(List.of("key", key));
                pause(1500);
            }
            round++;
        }
        memory((System.nanoTime() - start) / 1e9);
    }

    /** A drag from the map's centre in a square (right, down, left, up), for about {@code seconds}. */
    private void drag(double seconds) throws IOException, InterruptedException {
        int moves = (int) (seconds / Double.parseDouble(STEP_SECONDS));
        int[][] sides = {{STEP_PX, 0}, {0, STEP_PX}, {-STEP_PX, 0}, {0, -STEP_PX}};
        xdotool(List.of("mousemove", String.valueOf(centreX), String.valueOf(centreY), "mousedown", "1"));
        List<String> chunk = new ArrayList<>();
        for (int i = 0; i < moves; i++) {
            int[] side = sides[(i / MOVES_PER_SIDE) % 4];
            chunk.addAll(List.of("mousemove_relative", "--", String.valueOf(side[0]), String.valueOf(side[1]),
                    "sleep", STEP_SECONDS));
            if (chunk.size() >= 6 * 250) {
                xdotool(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            xdotool(chunk);
        }
        xdotool(List.of("mouseup", "1"));
    }

    /** {@code steps} wheel steps at the map's centre: button 4 zooms in, 5 out. */
    private void wheel(int steps, int button) throws IOException, InterruptedException {
        for (int i = 0; i < steps; i++) {
            xdotool(List.of("mousemove", String.valueOf(centreX), String.valueOf(centreY), "click",
                    String.valueOf(button)));
            pause(WHEEL_PAUSE_MS);
        }
    }

    private static void xdotool(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("xdotool failed: " + String.join(" ", arguments));
        }
    }

    private void mark(String name) {
        Instant now = Instant.now();
        lines.add(String.format(Locale.ROOT, "mark %s %d", name, now.getEpochSecond() * 1_000_000_000L + now.getNano()));
    }

    /**
     * One line: seconds into the run, RSS, peak RSS, heap used and committed (MiB), the tile cache's bytes
     * and its bound.
     */
    private void memory(double seconds) throws IOException {
        String status = Files.readString(Path.of("/proc/self/status"));
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        lines.add(String.format(Locale.ROOT, "memory %.1f %.1f %.1f %.1f %.1f %d %d", seconds, kib(status, "VmRSS") / 1024,
                kib(status, "VmHWM") / 1024, heap.getUsed() / 1048576.0, heap.getCommitted() / 1048576.0,
                map.tileCacheBytes(), map.tileCacheLimit()));
    }

    private static double kib(String status, String field) {
        Matcher m = Pattern.compile(field + ":\\s+(\\d+)").matcher(status);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in /proc/self/status");
        }
        return Double.parseDouble(m.group(1));
    }

    /** The user's pace between gestures; the benchmark measures what the window does meanwhile. */
    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            action.run();
            done.complete(null);
        });
        try {
            done.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
