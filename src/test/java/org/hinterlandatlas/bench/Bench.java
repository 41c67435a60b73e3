// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the benchmarks share: child JVMs, medians and one way to print a figure beside its goal. */
final class Bench {

    private Bench() {
    }

    /** A measurement that may fail. */
    interface Measure {
        double seconds() throws Exception;
    }

    static double median(int runs, Measure measure) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(measure.seconds());
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code main} of a benchmark class in a fresh JVM and returns the number it prints. */
    static double childSeconds(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " " + String.join(" ", args) + " failed: " + output);
        }
        return Double.parseDouble(output);
    }

    /** One line: the figure, its goal and whether it is met. */
    static void report(String what, double value, String unit, String goal, boolean met) {
        System.out.printf(Locale.ROOT, "%-58s %9.3f %-6s goal %-22s %s%n", what, value, unit, goal,
                met ? "met" : "NOT MET");
    }
}
