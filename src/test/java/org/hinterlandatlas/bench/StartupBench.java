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
 * Launch → first map frame of the atlas window ({@code -Datlas.startupProbe=true}) against launch → first
 * frame of an empty JavaFX stage, both with packaging/jvm/window.args, on a virtual X server of their own
 * (Xvfb, software rendering), interleaved. Goal: the atlas within 1.3 times the empty stage.
 */
public final class StartupBench {

    private static final int RUNS = 5;

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
            String classpath = System.getProperty("bench.jar") + File.pathSeparator
                    + Files.readString(Path.of(System.getProperty("bench.classpathFile"))).trim()
                    + File.pathSeparator + System.getProperty("java.class.path");
            Path prefs = Files.createTempDirectory("startup-prefs");
            List<Double> empty = new ArrayList<>();
            List<Double> atlas = new ArrayList<>();
            // the first launch of each warms the file cache and is not counted
            for (int run = -1; run < RUNS; run++) {
                double e = probe(classpath, display, prefs, EmptyStageProbe.Main.class.getName(), List.of());
                double a = probe(classpath, display, prefs, "org.hinterlandatlas.app.Launcher", List.of("-Datlas.startupProbe"));
                if (run >= 0) {
                    empty.add(e);
                    atlas.add(a);
                }
            }
            double emptySeconds = Bench.median(empty);
            double atlasSeconds = Bench.median(atlas);
            System.out.printf(Locale.ROOT, "start-up under Xvfb (load %s): empty stage %.3f s, atlas first map frame %.3f s%n",
                    Bench.load(), emptySeconds, atlasSeconds);
            Bench.report("first map frame / empty JavaFX stage", atlasSeconds / emptySeconds, "x", "<= 1.3",
                    atlasSeconds <= 1.3 * emptySeconds);
        } finally {
            xvfb.destroy();
            xvfb.waitFor();
        }
    }

    /** Launches a probe (each property given the file it writes its seconds to) and reads what it wrote. */
    private static double probe(String classpath, String display, Path prefs, String main, List<String> properties)
            throws IOException, InterruptedException {
        Path result = Files.createTempFile("startup-probe", ".txt");
        List<String> command = new ArrayList<>(List.of(Bench.java(), "@packaging/jvm/window.args",
                "-Djava.util.prefs.userRoot=" + prefs, "-Dprism.order=sw"));
        properties.forEach(property -> command.add(property + "=" + result));
        command.addAll(List.of("-cp", classpath, main, result.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(Map.of("DISPLAY", display));
        int exit = builder.start().waitFor();
        String out = Files.readString(result).trim();
        Files.delete(result);
        if (exit != 0 || out.isEmpty()) {
            throw new IllegalStateException(main + " did not report its first frame (exit " + exit + ")");
        }
        return Double.parseDouble(out);
    }
}
