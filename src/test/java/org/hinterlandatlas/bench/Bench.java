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
import java.util.function.ToDoubleFunction;

/** What the benchmarks share: child processes measured whole, medians, and one way to print a figure beside its goal. */
final class Bench {

    private Bench() {
    }

    /** A measurement that may fail. */
    interface Measure {
        double seconds() throws Exception;
    }

    /** A whole process: wall and CPU seconds, peak resident memory, what it printed. */
    record Run(double wall, double cpu, double rssMiB, String out) {
    }

    static double median(int runs, Measure measure) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(measure.seconds());
        }
        return median(times);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    static <T> double median(List<T> runs, ToDoubleFunction<T> value) {
        return median(runs.stream().map(value::applyAsDouble).toList());
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code main} of a benchmark class in a fresh JVM and returns the number it prints. */
    static double childSeconds(Class<?> main, String... args) throws IOException, InterruptedException {
        return childSeconds(List.of(), System.getProperty("java.class.path"), main, args);
    }

    /** The same, with JVM options and a class path of its own. */
    static double childSeconds(List<String> options, String classpath, Class<?> main, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Djava.awt.headless=true"));
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " " + String.join(" ", args) + " failed: " + output);
        }
        return Double.parseDouble(output);
    }

    /** Runs a command under GNU time, which reports its CPU seconds and peak RSS. */
    static Run timed(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path report = Files.createTempFile("bench-time", ".txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-o", report.toString(), "-f", "%e %U %S %M"));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        List<String> lines = Files.readAllLines(report);
        Files.delete(report);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + exit + ": " + out);
        }
        String[] f = lines.get(lines.size() - 1).trim().split(" ");
        return new Run(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
                Double.parseDouble(f[3]) / 1024, out);
    }

    /** The application jar and its runtime dependencies, as an installed atlas runs them (jars only, for CDS). */
    static String commandClasspath() throws IOException {
        String jar = System.getProperty("bench.jar");
        Path dependencies = Path.of(System.getProperty("bench.classpathFile", "target/bench/runtime-classpath.txt"));
        if (jar == null || !Files.isRegularFile(Path.of(jar)) || !Files.isRegularFile(dependencies)) {
            throw new IllegalStateException("run through mvn -Pbench verify: the jar and its class path are needed");
        }
        return jar + File.pathSeparator + Files.readString(dependencies).trim();
    }

    /** The class-data-sharing archive the figure benchmark made, when it is there. */
    static Path archive() {
        return Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath().resolve("command.jsa");
    }

    /** The one-minute load average, for the report (the machine may be shared). */
    static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    /** One line: a figure shown for comparison, with no goal of its own. */
    static void info(String what, double value, String unit) {
        System.out.printf(Locale.ROOT, "%-62s %9.3f %-8s (for comparison)%n", what, value, unit);
    }

    /** One line: the figure, its goal and whether it is met. */
    static void report(String what, double value, String unit, String goal, boolean met) {
        System.out.printf(Locale.ROOT, "%-62s %9.3f %-8s goal %-16s %s%n", what, value, unit, goal,
                met ? "met" : "NOT MET");
    }
}
