// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Launch → first map frame of the atlas window ({@code -Datlas.startupProbe=FILE}) against launch → first
 * frame of an empty JavaFX stage, both with packaging/jvm/window.args, on a virtual X server of their own
 * (Xvfb, software rendering), interleaved; both with the window's CDS archive (made here by
 * packaging/jvm/make-cds-archive.sh) and without, and the same stage holding only a window's chrome and an empty map
 * view (the floor of any such window). Goal: the atlas within 1.3 times the empty stage. The
 * first frame with the panels beside the map is printed too. Launch is when this process starts the child:
 * the probes write the wall-clock time of their frames, and the JVM's own start instant is not used (on
 * Linux it is rounded down to the boot time's whole second, which made every start look up to 1 s longer).
 */
public final class StartupBench {

    private static final int RUNS = 5;
    private static final String EMPTY = EmptyStageProbe.Main.class.getName();
    private static final String ATLAS = "org.hinterlandatlas.app.Launcher";

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/Xvfb"))) {
            System.out.println("start-up: no Xvfb (apt-get install xvfb): not measured");
            return;
        }
        String display = ":" + System.getProperty("bench.display", "57");
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String jars = Bench.commandClasspath();
            // the empty stage's class is in the test classes; after the jars, so the archive still fits
            String classpath = jars + File.pathSeparator + System.getProperty("java.class.path");
            Path archive = Bench.archive().resolveSibling("window.jsa");
            ProcessBuilder dump = new ProcessBuilder("bash", "packaging/jvm/make-cds-archive.sh", Bench.java(), jars,
                    archive.toString(), "window").inheritIO();
            dump.environment().put("DISPLAY", display);
            if (dump.start().waitFor() != 0) {
                throw new IllegalStateException("the window's CDS archive could not be made");
            }
            Path prefs = Files.createTempDirectory("startup-prefs");
            List<String> shared = List.of("-XX:SharedArchiveFile=" + archive);
            List<double[]> empty = new ArrayList<>();
            List<double[]> atlas = new ArrayList<>();
            List<double[]> emptyPlain = new ArrayList<>();
            List<double[]> atlasPlain = new ArrayList<>();
            List<double[]> chrome = new ArrayList<>();
            String loadBefore = Bench.load();
            // the first launch of each warms the file cache and is not counted
            for (int run = -1; run < RUNS; run++) {
                double[] e = probe(classpath, display, prefs, EMPTY, shared);
                double[] a = probe(classpath, display, prefs, ATLAS, shared);
                double[] ep = probe(classpath, display, prefs, EMPTY, List.of());
                double[] ap = probe(classpath, display, prefs, ATLAS, List.of());
                double[] c = probe(classpath, display, prefs, EMPTY, shared, "chrome");
                if (run >= 0) {
                    empty.add(e);
                    atlas.add(a);
                    emptyPlain.add(ep);
                    atlasPlain.add(ap);
                    chrome.add(c);
                }
            }
            System.out.printf(Locale.ROOT, "start-up under Xvfb (load %s before, %s after), medians of %d interleaved launches:%n",
                    loadBefore, Bench.load(), RUNS);
            System.out.printf(Locale.ROOT, "  with the window's CDS archive: empty stage %.3f s, atlas first map frame %.3f s,"
                    + " with its panels %.3f s%n", Bench.median(empty, t -> t[0]), Bench.median(atlas, t -> t[0]),
                    Bench.median(atlas, t -> t[1]));
            System.out.printf(Locale.ROOT, "  a stage with a menu bar, a tool bar, a status line and an empty map view: %.3f s%n",
                    Bench.median(chrome, t -> t[0]));
            System.out.printf(Locale.ROOT, "  without: empty stage %.3f s, atlas first map frame %.3f s, with its panels %.3f s%n",
                    Bench.median(emptyPlain, t -> t[0]), Bench.median(atlasPlain, t -> t[0]),
                    Bench.median(atlasPlain, t -> t[1]));
            double ratio = Bench.median(atlas, t -> t[0]) / Bench.median(empty, t -> t[0]);
            Bench.report("first map frame / empty JavaFX stage (window.args, CDS)", ratio, "x", "<= 1.3", ratio <= 1.3);
            Bench.info("the chrome alone (no map drawn) / empty stage (CDS)",
                    Bench.median(chrome, t -> t[0]) / Bench.median(empty, t -> t[0]), "x");
            Bench.info("first frame with the panels / empty stage (CDS)",
                    Bench.median(atlas, t -> t[1]) / Bench.median(empty, t -> t[0]), "x");
            Bench.info("first map frame / empty JavaFX stage (no archive)",
                    Bench.median(atlasPlain, t -> t[0]) / Bench.median(emptyPlain, t -> t[0]), "x");
        } finally {
            xvfb.destroy();
            xvfb.waitFor();
        }
    }

    /**
     * Launches a probe, which writes the times of its frames to the file its property (the atlas: first map
     * frame, then the first with its panels) or its argument (the empty stage: its first frame) names; returns
     * the seconds from the launch to each. Further arguments go to the probe's main.
     */
    private static double[] probe(String classpath, String display, Path prefs, String main, List<String> options,
                                  String... arguments) throws IOException, InterruptedException {
        Path result = Files.createTempFile("startup-probe", ".txt");
        List<String> command = new ArrayList<>(List.of(Bench.java(), "@packaging/jvm/window.args",
                "-Djava.util.prefs.userRoot=" + prefs, "-Dprism.order=sw", "-Datlas.startupProbe=" + result));
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, main));
        if (main.equals(EMPTY)) {
            command.add(result.toString());
        }
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // a runtime folder of its own: an atlas another user of the machine has open must not take the start over
        builder.environment().putAll(Map.of("DISPLAY", display, "XDG_RUNTIME_DIR", prefs.toString()));
        long launched = System.currentTimeMillis();
        int exit = builder.start().waitFor();
        List<String> lines = Files.readAllLines(result).stream().filter(line -> !line.isBlank()).toList();
        Files.delete(result);
        if (exit != 0 || lines.isEmpty()) {
            throw new IllegalStateException(main + " did not report its first frame (exit " + exit + ")");
        }
        return lines.stream().mapToDouble(line -> (Long.parseLong(line.trim()) - launched) / 1000.0).toArray();
    }
}
