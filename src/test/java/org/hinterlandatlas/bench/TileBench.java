// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.data.AtlasLoader;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.StyleLoader;
import org.hinterlandatlas.figure.io.PngRowWriter;
import org.hinterlandatlas.geo.TileId;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.NamedView;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.render.MapFrame;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.OverlayScene;
import org.hinterlandatlas.tiles.TileRenderer;

/**
 * The tile benchmark of the foundation issue: the 133 tiles covering lon 97–112, lat 25–34 at zooms 5–8,
 * painted from the real geodata with the real style and encoded as PNG (deflate level 1, the atlas's own
 * PNG writer), as a tile server would serve them.
 * Run with {@code mvn -Pbench verify -DskipTests}. Prints tiles/s and p50/p95 ms per tile, on one thread
 * and on all cores. Never part of the tests: timings belong here, not in assertions.
 */
public final class TileBench {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 15;

    private TileBench() {
    }

    public static void main(String[] args) throws Exception {
        Atlas atlas = AtlasLoader.loadShipped();
        MapPainter painter = new MapPainter(new StyleLoader(new ClasspathDataFiles(), StyleLoader.DEFAULT_STYLE).load(),
                FontSet.bundled());
        TileRenderer renderer = new TileRenderer(painter, atlas.baseMap());
        List<TileId> tiles = new ArrayList<>();
        for (int zoom = 5; zoom <= 8; zoom++) {
            tiles.addAll(TileId.covering(97, 25, 112, 34, zoom));
        }
        EnumSet<MapLayerId> layers = EnumSet.allOf(MapLayerId.class);
        // every zoom band read before the first pass, as Mapnik reads its data when it loads the map: the
        // first pass measures painting in a cold JVM, not reading
        long readStart = System.nanoTime();
        atlas.baseMap().readRemaining(Runnable::run);
        double readSeconds = (System.nanoTime() - readStart) / 1e9;

        long firstStart = System.nanoTime();
        long bytes = 0;
        for (TileId tile : tiles) {
            bytes += renderAndEncode(renderer, tile, layers);
        }
        double firstSeconds = (System.nanoTime() - firstStart) / 1e9;
        for (int round = 1; round < WARM_UP_ROUNDS; round++) {
            for (TileId tile : tiles) {
                renderAndEncode(renderer, tile, layers);
            }
        }

        double[] millis = new double[tiles.size() * MEASURED_ROUNDS];
        int n = 0;
        long start = System.nanoTime();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (TileId tile : tiles) {
                long t0 = System.nanoTime();
                renderAndEncode(renderer, tile, layers);
                millis[n++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(millis);

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long parallelStart = System.nanoTime();
        List<Future<Long>> results = new ArrayList<>();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (TileId tile : tiles) {
                results.add(pool.submit(() -> renderAndEncode(renderer, tile, layers)));
            }
        }
        for (Future<Long> result : results) {
            result.get();
        }
        double parallelSeconds = (System.nanoTime() - parallelStart) / 1e9;
        pool.shutdown();

        int count = tiles.size() * MEASURED_ROUNDS;
        System.out.printf(Locale.ROOT, "tiles: %d (zooms 5-8, lon 97-112, lat 25-34), %d measured renders, PNG %.1f KB/tile%n",
                tiles.size(), count, bytes / 1024.0 / tiles.size());
        System.out.printf(Locale.ROOT, "zoom bands read before the first pass: %.3f s%n", readSeconds);
        System.out.printf(Locale.ROOT, "first pass (cold JVM): %.1f tiles/s%n", tiles.size() / firstSeconds);
        System.out.printf(Locale.ROOT, "1 thread:  %.1f tiles/s, p50 %.2f ms/tile, p95 %.2f ms/tile%n",
                count / seconds, millis[count / 2], millis[(int) (count * 0.95)]);
        System.out.printf(Locale.ROOT, "%d threads: %.1f tiles/s%n", threads, count / parallelSeconds);
        compareWithMapnik(tiles.size() / firstSeconds, count / seconds);
        benchOverlay(atlas, painter);
    }

    /**
     * Mapnik's tile script over the same tiles, one process, one thread: its first pass is cold, the later
     * ones warm. Ours should render at least twice as many tiles a second, cold and warm.
     */
    private static void compareWithMapnik(double oursCold, double oursWarm) throws Exception {
        Optional<Peers> peers = Peers.find(Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath()
                .resolve("peers"));
        if (peers.isEmpty() || !peers.get().has("mapnik")) {
            System.out.println("Mapnik not found (python3-mapnik and -Dbench.peers): no tile comparison");
            return;
        }
        List<Double> passes = peers.get().mapnikTilesPerSecond(3);
        double cold = passes.get(0);
        double warm = Bench.median(passes.subList(1, passes.size()));
        System.out.printf(Locale.ROOT, "Mapnik: first pass %.1f tiles/s, warm %.1f tiles/s (load %s)%n", cold, warm,
                Bench.load());
        Bench.report("tiles, 1 thread, warm: ours / Mapnik", oursWarm / warm, "x", ">= 2.0", oursWarm / warm >= 2);
        Bench.report("tiles, first pass (cold): ours / Mapnik", oursCold / cold, "x", ">= 2.0", oursCold / cold >= 2);
    }

    /**
     * The overlay is repainted on the FX thread on every pan and zoom: its cost decides how smooth dragging
     * feels. Measured for the two named views on a 1600 × 1000 surface.
     */
    private static void benchOverlay(Atlas atlas, MapPainter painter) {
        OverlayScene scene = new OverlayScene(atlas.content(), atlas.baseMap(), EnumSet.allOf(MapLayerId.class),
                Language.ZH, Set.of());
        for (NamedView view : atlas.content().views()) {
            Viewport viewport = Viewport.fitting(view.southWest().lon(), view.southWest().lat(),
                    view.northEast().lon(), view.northEast().lat(), 1600, 1000, 24);
            BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_ARGB_PRE);
            double[] millis = new double[40];
            for (int i = -10; i < millis.length; i++) {
                Graphics2D g = image.createGraphics();
                long t0 = System.nanoTime();
                painter.paintOverlay(g, painter.resolve(scene, viewport, MapFrame.of(viewport, Set.of())));
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - t0) / 1e6;
                }
                g.dispose();
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "overlay, %s view (zoom %.1f), 1600x1000: p50 %.2f ms, p95 %.2f ms%n",
                    view.id(), viewport.zoom(), millis[millis.length / 2], millis[(int) (millis.length * 0.95)]);
        }
    }

    /**
     * Paints a tile and encodes it as a tile server would before sending it, on the thread that painted it:
     * with the atlas's own PNG writer, the one its PNG figures are written with (8-bit truecolour, rows
     * unfiltered, deflate level 1; the tiles are opaque). That writes 8.8 KB a tile, Mapnik 9.3 KB (8-bit
     * RGBA). The general-purpose encoder used before (level 1 too) wrote 10.0 KB through more code, which a
     * cold JVM compiles while the first pass runs; its default, level 9 spread over the common pool, would
     * make a "one thread" figure use every core and spend most of a tile's time saving a quarter of its bytes.
     */
    private static long renderAndEncode(TileRenderer renderer, TileId tile, EnumSet<MapLayerId> layers) {
        BufferedImage image = renderer.render(tile, layers);
        ByteArrayOutputStream png = new ByteArrayOutputStream(16 * 1024);
        try (PngRowWriter writer = new PngRowWriter(png, image.getWidth(), image.getHeight())) {
            writer.rows(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), image.getHeight());
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.size();
    }
}
