// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.data.AtlasLoader;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.StyleLoader;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.NamedView;

/**
 * Data ready, in a fresh JVM as at a start: the style, the content and the base map band the circle view
 * draws in a 1440 × 900 window, the way the atlas loads them (packed, checked by the build), beside the
 * same data read and checked in full from the GeoJSON, as a {@code --data-dir} folder is. Goal ≤ 0.3 s.
 */
public final class DataBench {

    private static final int RUNS = 5;

    private DataBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            System.out.println(loadOnce("full".equals(args[0])));
            return;
        }
        // as installed: the jars, the command options and the figure benchmark's CDS archive when there
        String classpath = Bench.commandClasspath() + File.pathSeparator + System.getProperty("java.class.path");
        List<String> options = Files.isRegularFile(Bench.archive())
                ? List.of("@packaging/jvm/command.args", "-XX:SharedArchiveFile=" + Bench.archive()) : List.of();
        double quick = Bench.median(RUNS, () -> Bench.childSeconds(options, classpath, DataBench.class, "quick"));
        double plain = Bench.median(RUNS, () -> Bench.childSeconds(DataBench.class, "quick"));
        double full = Bench.median(RUNS, () -> Bench.childSeconds(DataBench.class, "full"));
        System.out.printf(Locale.ROOT, "data ready in a fresh JVM (style, content, the circle view's band; load %s):%n",
                Bench.load());
        Bench.report("shipped data (packed), command options and CDS", quick, "s", "<= 0.300", quick <= 0.3);
        System.out.printf(Locale.ROOT, "  shipped data (packed), no JVM options: %.3f s%n", plain);
        System.out.printf(Locale.ROOT, "  every file read and checked from GeoJSON (--data-dir): %.3f s%n", full);
    }

    private static double loadOnce(boolean full) throws Exception {
        long start = System.nanoTime();
        ClasspathDataFiles files = new ClasspathDataFiles();
        new StyleLoader(files, StyleLoader.DEFAULT_STYLE).load();
        Atlas atlas = full ? new AtlasLoader(files).load() : AtlasLoader.loadShipped();
        NamedView circle = atlas.content().views().stream().filter(v -> v.id().equals("circle")).findFirst()
                .orElseThrow();
        Viewport viewport = Viewport.fitting(circle.southWest().lon(), circle.southWest().lat(),
                circle.northEast().lon(), circle.northEast().lat(), 1440, 900, 24);
        if (atlas.baseMap().features(viewport.band(), BaseLayerId.PREFECTURES).isEmpty()) {
            throw new IllegalStateException("no prefectures");
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
