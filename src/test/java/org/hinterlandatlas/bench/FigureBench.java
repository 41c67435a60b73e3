// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
import org.hinterlandatlas.ui.Messages;
import org.hinterlandatlas.ui.figure.FigureWords;

/**
 * The figure benchmark of issue 4: the circle view on A4 landscape at 300 DPI with all furniture, as PNG,
 * PDF and SVG. Measures, per format, the first export in this JVM (after the data is loaded), the warm
 * export (median of repeated runs, written to a file as the app does), and the whole command: a fresh JVM
 * running {@code export} from the command line, data loading included. Run with
 * {@code mvn -Pbench verify -DskipTests}; the reference figures are QGIS 1.1 / 0.75 / 0.73 s and Mapnik
 * 0.27 / 0.23 / 0.11 s in-process.
 */
public final class FigureBench {

    private static final int WARM_UP = 4;
    private static final int MEASURED = 9;
    private static final int COMMAND_RUNS = 3;

    private FigureBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && "first".equals(args[0])) {
            firstExportInThisJvm(FigureFormat.valueOf(args[1]));
            return;
        }
        ClasspathDataFiles files = new ClasspathDataFiles();
        Atlas atlas = AtlasLoader.loadShipped();
        MapStyle style = new StyleLoader(files, StyleLoader.DEFAULT_STYLE).load();
        MapPainter painter = new MapPainter(style, FontSet.bundled());
        FigureComposer composer = new FigureComposer(painter, new LegendPainter(style, painter.fonts()),
                atlas.content(), atlas.baseMap());
        PagePainter pagePainter = composer.pagePainter();
        MapState circle = atlas.content().mapState("circle").orElseThrow();
        Path folder = Files.createTempDirectory("figure-bench");

        System.out.println("figure: circle view, A4 landscape, 300 DPI, all furniture");
        double[][] results = new double[FigureFormat.values().length][];
        for (FigureFormat format : FigureFormat.values()) {
            Figure figure = composer.compose(new FigureSpec(Paper.A4.page(true), 300, format, Language.ZH,
                    circle.title().zh(), EnumSet.allOf(Furniture.class)), circle, FigureWords.of(Messages.of(Language.ZH)));
            Path file = folder.resolve("circle." + format.extension());
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
            double paint = paintOnly(figure, pagePainter, format);
            results[format.ordinal()] = new double[] {firstExport(format), warm[MEASURED / 2], warm[0], paint,
                    Files.size(file)};
        }
        double[] command = new double[FigureFormat.values().length];
        for (FigureFormat format : FigureFormat.values()) {
            command[format.ordinal()] = wholeCommand(folder, format);
        }
        System.out.println("| format | first in a fresh JVM (data loaded) | warm median | warm best | whole command (fresh JVM) | file |");
        System.out.println("|---|---|---|---|---|---|");
        for (FigureFormat format : FigureFormat.values()) {
            double[] r = results[format.ordinal()];
            System.out.printf(Locale.ROOT, "| %s | %.3f s | %.3f s | %.3f s | %.2f s | %.2f MB |%n",
                    format.extension(), r[0], r[1], r[2], command[format.ordinal()], r[4] / 1e6);
        }
        System.out.println("paint-only share of a warm export (no encoding, no file):");
        for (FigureFormat format : FigureFormat.values()) {
            System.out.printf(Locale.ROOT, "  %s: %.3f s%n", format.extension(), results[format.ordinal()][3]);
        }
    }

    /**
     * The first export of a format in a JVM that has loaded the data but painted nothing yet: the cost a
     * teacher pays for the first figure after starting the atlas. Run in a child JVM and printed in seconds.
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

    /** The median of first exports, each in a fresh JVM. */
    private static double firstExport(FigureFormat format) throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < COMMAND_RUNS; i++) {
            Process process = new ProcessBuilder(javaCommand(), "-Djava.awt.headless=true", "-cp",
                    System.getProperty("java.class.path"), FigureBench.class.getName(), "first", format.name())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the first-export run failed: " + output);
            }
            times.add(Double.parseDouble(output));
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
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

    /** The median wall time of a fresh JVM running the export command, as a teacher's script would. */
    private static double wholeCommand(Path folder, FigureFormat format) throws IOException, InterruptedException {
        String java = javaCommand();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < COMMAND_RUNS; i++) {
            ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "org.hinterlandatlas.app.Launcher", "export", "--view", "circle", "--paper", "A4", "--landscape",
                    "--dpi", "300", "--lang", "zh", "--out", folder.resolve("cmd." + format.extension()).toString());
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            int exit = builder.start().waitFor();
            times.add((System.nanoTime() - t0) / 1e9);
            if (exit != 0) {
                throw new IllegalStateException("the export command failed with exit code " + exit);
            }
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }
}
