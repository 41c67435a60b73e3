// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.data.AtlasLoader;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.StyleLoader;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureComposer;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.figure.PageSize;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.figure.io.ExportProgress;
import org.hinterlandatlas.figure.io.FigureFiles;
import org.hinterlandatlas.figure.io.FigureWriter;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.style.MapStyle;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.figure.FigureWords;

/**
 * The figure benchmark: the circle view on A4 landscape with all furniture as PNG (300 DPI), PDF and SVG.
 * In this JVM: the warm export (median of repeated runs, written to a file as the app does) and the
 * paint-only share; in fresh JVMs: the first export after loading, and the whole command as a teacher's
 * script runs it — with no JVM options, and with packaging/jvm/command.args and the class-data-sharing
 * archive — interleaved with Mapnik and QGIS from ../shared/peers when Debian's python3 has them. Then the
 * PNG at 300, 600, 1200 and 2400 DPI: time and peak memory beside Mapnik's at the same pixel size. Run with
 * {@code mvn -Pbench verify -DskipTests}.
 */
public final class FigureBench {

    private static final int WARM_UP = 4;
    private static final int MEASURED = 9;
    private static final int COMMAND_RUNS = 3;
    private static final int[] HIGH_RESOLUTIONS = {300, 600, 1200, 2400};
    private static final int HIGH_RESOLUTION_RUNS = 2;

    private FigureBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && "first".equals(args[0])) {
            firstExportInThisJvm(FigureFormat.valueOf(args[1]));
            return;
        }
        Path work = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        Files.createDirectories(work);
        String classpath = Bench.commandClasspath();
        Path archive = Bench.archive();
        Optional<Peers> peers = Peers.find(work.resolve("peers"));
        boolean mapnik = peers.map(p -> p.has("mapnik")).orElse(false);
        if (args.length == 1 && "resolutions".equals(args[0])) {
            // the PNG by resolution alone, with the same properties as the bench profile gives
            makeArchive(classpath, archive);
            highResolution(classpath, archive, work, peers.filter(p -> mapnik));
            return;
        }
        Map<FigureFormat, double[]> inProcess = inProcess(work);
        makeArchive(classpath, archive);
        boolean qgis = peers.map(p -> p.has("qgis.core")).orElse(false);
        System.out.printf(Locale.ROOT, "peers: %s; load average before the commands %s%n",
                peers.isEmpty() ? "not found (set -Dbench.peers)" : (mapnik ? "Mapnik" : "no Mapnik")
                        + (qgis ? ", QGIS" : ", no QGIS"), Bench.load());

        Map<FigureFormat, List<Bench.Run>> plain = new EnumMap<>(FigureFormat.class);
        Map<FigureFormat, List<Bench.Run>> tuned = new EnumMap<>(FigureFormat.class);
        Map<FigureFormat, List<Bench.Run>> mapnikRuns = new EnumMap<>(FigureFormat.class);
        Map<FigureFormat, List<Bench.Run>> qgisRuns = new EnumMap<>(FigureFormat.class);
        for (int run = 0; run < COMMAND_RUNS; run++) {
            for (FigureFormat format : FigureFormat.values()) {
                plain.computeIfAbsent(format, f -> new ArrayList<>())
                        .add(command(List.of(), classpath, work, format, 300));
                tuned.computeIfAbsent(format, f -> new ArrayList<>())
                        .add(command(tunedOptions(archive), classpath, work, format, 300));
                if (mapnik) {
                    mapnikRuns.computeIfAbsent(format, f -> new ArrayList<>())
                            .add(peers.get().figure("fig_mapnik.py", format.extension(), 1));
                }
                if (qgis) {
                    qgisRuns.computeIfAbsent(format, f -> new ArrayList<>())
                            .add(peers.get().figure("fig_qgis.py", format.extension(), 1));
                }
            }
        }

        System.out.println("figure: circle view, A4 landscape, 300 DPI (PNG), all furniture; medians of "
                + COMMAND_RUNS + " interleaved runs");
        System.out.println("| format | first in a fresh JVM | warm median | paint only | command, no options | "
                + "command, tuned | CPU tuned | RSS tuned | Mapnik | Mapnik CPU | Mapnik RSS | QGIS | QGIS CPU |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (FigureFormat format : FigureFormat.values()) {
            double[] r = inProcess.get(format);
            List<Bench.Run> t = tuned.get(format);
            System.out.printf(Locale.ROOT, "| %s | %.3f s | %.3f s | %.3f s | %.3f s | %.3f s | %.2f s | %.0f MiB | %s | %s | %s | %s | %s |%n",
                    format.extension(), r[0], r[1], r[2], Bench.median(plain.get(format), Bench.Run::wall),
                    Bench.median(t, Bench.Run::wall), Bench.median(t, Bench.Run::cpu), Bench.median(t, Bench.Run::rssMiB),
                    cell(mapnikRuns.get(format), Bench.Run::wall, "%.3f s"),
                    cell(mapnikRuns.get(format), Bench.Run::cpu, "%.2f s"),
                    cell(mapnikRuns.get(format), Bench.Run::rssMiB, "%.0f MiB"),
                    cell(qgisRuns.get(format), Bench.Run::wall, "%.3f s"),
                    cell(qgisRuns.get(format), Bench.Run::cpu, "%.2f s"));
        }
        for (FigureFormat format : FigureFormat.values()) {
            double ours = Bench.median(tuned.get(format), Bench.Run::wall);
            if (mapnik) {
                double theirs = Bench.median(mapnikRuns.get(format), Bench.Run::wall);
                Bench.report("whole command " + format.extension() + " / Mapnik (tuned)", ours / theirs, "x",
                        "<= 1.0", ours <= theirs);
                Bench.info("whole command " + format.extension() + " / Mapnik (no JVM options)",
                        Bench.median(plain.get(format), Bench.Run::wall) / theirs, "x");
                double warmMapnik = mapnikWarm(peers.get(), format);
                double warm = inProcess.get(format)[1];
                Bench.report("warm export " + format.extension() + " / Mapnik warm re-export", warm / warmMapnik, "x",
                        "< 1.0 (ahead)", warm < warmMapnik);
            }
            if (qgis) {
                double cpu = Bench.median(tuned.get(format), Bench.Run::cpu);
                double theirs = Bench.median(qgisRuns.get(format), Bench.Run::cpu);
                Bench.report("CPU seconds " + format.extension() + " / QGIS", cpu / theirs, "x", "<= 1.0", cpu <= theirs);
            }
        }
        highResolution(classpath, archive, work, peers.filter(p -> mapnik));
    }

    /**
     * PNG at 300, 600, 1200 and 2400 DPI, ours and Mapnik's at the same pixel size, interleaved: a page of
     * 2400 DPI has 64 times the pixels of one at 300, and our memory should stay near flat (decision 0086)
     * while Mapnik holds the whole raster.
     */
    private static void highResolution(String classpath, Path archive, Path work, Optional<Peers> mapnik)
            throws Exception {
        Map<Integer, List<Bench.Run>> ours = new TreeMap<>();
        Map<Integer, List<Bench.Run>> theirs = new TreeMap<>();
        for (int run = 0; run < HIGH_RESOLUTION_RUNS; run++) {
            for (int dpi : HIGH_RESOLUTIONS) {
                ours.computeIfAbsent(dpi, d -> new ArrayList<>())
                        .add(command(tunedOptions(archive), classpath, work, FigureFormat.PNG, dpi));
                if (mapnik.isPresent()) {
                    theirs.computeIfAbsent(dpi, d -> new ArrayList<>()).add(mapnik.get().mapnikPngAt(dpi));
                }
            }
        }
        System.out.printf(Locale.ROOT, "PNG, A4 landscape, by resolution: medians of %d interleaved runs; load "
                + "average after them %s%n", HIGH_RESOLUTION_RUNS, Bench.load());
        System.out.println("| DPI | pixels | ours | ours CPU | ours RSS | Mapnik | Mapnik CPU | Mapnik RSS |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        PageSize a4 = Paper.A4.page(true);
        for (int dpi : HIGH_RESOLUTIONS) {
            List<Bench.Run> o = ours.get(dpi);
            List<Bench.Run> t = theirs.get(dpi);
            System.out.printf(Locale.ROOT, "| %d | %d x %d | %.2f s | %.2f s | %.0f MiB | %s | %s | %s |%n", dpi,
                    a4.widthPx(dpi), a4.heightPx(dpi), Bench.median(o, Bench.Run::wall), Bench.median(o, Bench.Run::cpu),
                    Bench.median(o, Bench.Run::rssMiB), cell(t, Bench.Run::wall, "%.2f s"),
                    cell(t, Bench.Run::cpu, "%.2f s"), cell(t, Bench.Run::rssMiB, "%.0f MiB"));
        }
        for (int dpi : HIGH_RESOLUTIONS) {
            if (theirs.containsKey(dpi)) {
                double rss = Bench.median(ours.get(dpi), Bench.Run::rssMiB) / Bench.median(theirs.get(dpi), Bench.Run::rssMiB);
                Bench.report("PNG " + dpi + " DPI peak RSS / Mapnik", rss, "x", "<= 1.2", rss <= 1.2);
                double time = Bench.median(ours.get(dpi), Bench.Run::wall) / Bench.median(theirs.get(dpi), Bench.Run::wall);
                Bench.report("PNG " + dpi + " DPI time / Mapnik", time, "x", "<= 1.0", time <= 1.0);
            }
        }
    }

    private static String cell(List<Bench.Run> runs, ToDoubleFunction<Bench.Run> value,
                               String format) {
        return runs == null ? "—" : String.format(Locale.ROOT, format, Bench.median(runs, value));
    }

    /** Mapnik's warm re-export: its second to fourth figure in one process, render and write. */
    private static double mapnikWarm(Peers peers, FigureFormat format) throws Exception {
        JsonNode out = Peers.json(peers.figure("fig_mapnik.py", format.extension(), 4).out());
        List<Double> warm = new ArrayList<>();
        for (JsonNode iteration : out.path("iters")) {
            if (iteration.path("iter").asInt() > 1) {
                warm.add(iteration.path("t_render_write_s").asDouble());
            }
        }
        return Bench.median(warm);
    }

    private static List<String> tunedOptions(Path archive) {
        return List.of("@packaging/jvm/command.args", "-XX:SharedArchiveFile=" + archive);
    }

    private static void makeArchive(String classpath, Path archive) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "packaging/jvm/make-cds-archive.sh", Bench.java(), classpath,
                archive.toString()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the CDS archive could not be made");
        }
    }

    private static Bench.Run command(List<String> options, String classpath, Path work, FigureFormat format, int dpi)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Bench.java()));
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, "org.hinterlandatlas.app.Launcher", "export", "--view", "circle",
                "--paper", "A4", "--landscape", "--dpi", Integer.toString(dpi), "--lang", "zh", "--out",
                work.resolve("cmd." + format.extension()).toString()));
        return Bench.timed(command, Path.of("").toAbsolutePath(), Map.of());
    }

    /** Per format: first export in a fresh JVM, warm median, paint only (no encoding, no file). */
    private static Map<FigureFormat, double[]> inProcess(Path work) throws Exception {
        ClasspathDataFiles files = new ClasspathDataFiles();
        Atlas atlas = AtlasLoader.loadShipped();
        MapStyle style = new StyleLoader(files, StyleLoader.DEFAULT_STYLE).load();
        MapPainter painter = new MapPainter(style, FontSet.bundled());
        FigureComposer composer = new FigureComposer(painter, new LegendPainter(style, painter.fonts()),
                atlas.content(), atlas.baseMap());
        PagePainter pagePainter = composer.pagePainter();
        MapState circle = atlas.content().mapState("circle").orElseThrow();
        Map<FigureFormat, double[]> results = new EnumMap<>(FigureFormat.class);
        for (FigureFormat format : FigureFormat.values()) {
            Figure figure = composer.compose(new FigureSpec(Paper.A4.page(true), 300, format, Language.ZH,
                    circle.title().zh(), EnumSet.allOf(Furniture.class)), circle, FigureWords.of(Messages.of(Language.ZH)));
            Path file = work.resolve("circle." + format.extension());
            for (int i = 0; i < WARM_UP; i++) {
                FigureFiles.export(figure, pagePainter, file, ExportProgress.NONE);
            }
            double[] warm = new double[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long t0 = System.nanoTime();
                FigureFiles.export(figure, pagePainter, file, ExportProgress.NONE);
                warm[i] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(warm);
            double first = Bench.median(COMMAND_RUNS, () -> Bench.childSeconds(FigureBench.class, "first", format.name()));
            results.put(format, new double[] {first, warm[MEASURED / 2], paintOnly(figure, pagePainter, format)});
        }
        return results;
    }

    /**
     * The first export of a format in a JVM that has loaded the data but painted nothing yet: the cost a
     * teacher pays for the first figure after starting the atlas. Printed in seconds.
     */
    private static void firstExportInThisJvm(FigureFormat format) throws Exception {
        ClasspathDataFiles files = new ClasspathDataFiles();
        Atlas atlas = AtlasLoader.loadShipped();
        MapStyle style = new StyleLoader(files, StyleLoader.DEFAULT_STYLE).load();
        MapPainter painter = new MapPainter(style, FontSet.bundled());
        FigureComposer composer = new FigureComposer(painter, new LegendPainter(style, painter.fonts()),
                atlas.content(), atlas.baseMap());
        MapState circle = atlas.content().mapState("circle").orElseThrow();
        Path file = Files.createTempFile("figure-bench", "." + format.extension());
        long start = System.nanoTime();
        Figure figure = composer.compose(new FigureSpec(Paper.A4.page(true), 300, format, Language.ZH,
                circle.title().zh(), EnumSet.allOf(Furniture.class)), circle, FigureWords.of(Messages.of(Language.ZH)));
        FigureFiles.export(figure, composer.pagePainter(), file, ExportProgress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.delete(file);
        System.out.println(seconds);
    }

    /** A warm export into a stream that discards: painting and encoding, no disk. */
    private static double paintOnly(Figure figure, PagePainter painter, FigureFormat format) throws IOException {
        double[] times = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long t0 = System.nanoTime();
            FigureWriter.of(format).write(figure, painter, OutputStream.nullOutputStream(), ExportProgress.NONE);
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(times);
        return times[MEASURED / 2];
    }
}
