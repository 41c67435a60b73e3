// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Frame times of the atlas window at 1920 × 1080 under Xvfb's software pipeline, every layer on: a scripted
 * 20 s drag and twelve wheel steps (see {@link GestureDriver}), every pulse recorded by JFR's
 * {@code javafx.PulsePhase} events (JavaFX 21's own pulse logger crashes the renderer). A pulse lasts from
 * the start of its first phase to the end of its last, on the FX thread or the render thread, so a pulse
 * that waits for the previous frame to be rendered counts that wait. Prints p50/p95/p99 and how many pulses
 * took over 16.7 and 33 ms; goal p95 ≤ 16.7 ms. Display {@code :58} unless {@code -Dbench.frameDisplay=N}.
 * Beside each run, the floor ({@link FrameFloorProbe}): a bare stage moving one opaque picture, and one with a
 * transparent picture above it, the best any design of the map can do on this pipeline and machine.
 */
public final class FrameBench {

    private static final double FRAME_MS = 1000 / 60.0;

    private FrameBench() {
    }

    public static void main(String[] args) throws Exception {
        if (!GestureRun.possible()) {
            System.out.println("frame times: no Xvfb or xdotool (apt-get install xvfb xdotool): not measured");
            return;
        }
        Path folder = Path.of(System.getProperty("bench.dir", "target/bench"), "frames");
        String display = ":" + System.getProperty("bench.frameDisplay", "58");
        // -Dbench.frameBefore=JAR (with -Dbench.frameBeforeClasspath=FILE): an earlier build, run in turns with this one
        String before = System.getProperty("bench.frameBefore");
        int rounds = before == null ? 1 : Integer.parseInt(System.getProperty("bench.frameRounds", "2"));
        Frames now = new Frames();
        Frames earlier = new Frames();
        List<Double> floorOne = new ArrayList<>();
        List<Double> floorTwo = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            if (before != null) {
                String jars = before + java.io.File.pathSeparator
                        + java.nio.file.Files.readString(Path.of(System.getProperty("bench.frameBeforeClasspath"))).trim();
                earlier.add(new GestureRun(folder.resolve("before-" + round), jars), display);
            }
            now.add(new GestureRun(folder.resolve("now-" + round), Bench.commandClasspath()), display);
            floorOne.addAll(floor("one", folder.resolve("floor-one-" + round), display));
            floorTwo.addAll(floor("two", folder.resolve("floor-two-" + round), display));
        }
        System.out.printf(Locale.ROOT, "frame times at 1920x1080, software pipeline, all layers, %d run(s) (load %s):%n",
                rounds, GestureRun.load());
        if (before != null) {
            System.out.println(" the earlier build:");
            earlier.print();
            System.out.println(" this build:");
        }
        now.print();
        System.out.println(" the floor, a bare stage:");
        print("one opaque picture", floorOne);
        print("and a clear one over", floorTwo);
        double p95 = percentile(now.both(), 95);
        if (before != null) {
            Bench.info("pulse p95 this build / the earlier build", p95 / percentile(earlier.both(), 95), "x");
        }
        Bench.report("pulse p95, drag and wheel zoom", p95, "ms", "<= 16.7", p95 <= FRAME_MS);
    }

    /** The pulses of the drags and of the wheel steps of one build, over its runs. */
    private static final class Frames {
        private final List<Double> drag = new ArrayList<>();
        private final List<Double> zoom = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        void add(GestureRun run, String display) throws Exception {
            List<String> lines = run.run(display, "frames", Map.of());
            Map<String, Long> marks = GestureRun.marks(lines);
            Map<Integer, long[]> pulses = pulses(run.recording());
            drag.addAll(durations(pulses, marks.get("pan-start"), marks.get("pan-end")));
            zoom.addAll(durations(pulses, marks.get("zoom-start"), marks.get("zoom-end")));
            notes.add("  where a drag's pulses went (summed ms by phase): " + phases(run.recording(),
                    marks.get("pan-start"), marks.get("pan-end")));
            GestureRun.memory(lines).forEach(m -> notes.add(String.format(Locale.ROOT,
                    "  after the gestures: RSS %.0f MiB (peak %.0f), heap %.0f of %.0f MiB, tile cache %.1f MiB",
                    m.rssMiB(), m.peakRssMiB(), m.heapUsedMiB(), m.heapCommittedMiB(), m.tileCacheBytes() / 1048576.0)));
        }

        List<Double> both() {
            List<Double> all = new ArrayList<>(drag);
            all.addAll(zoom);
            return all;
        }

        void print() {
            FrameBench.print("drag", drag);
            FrameBench.print("wheel zoom", zoom);
            FrameBench.print("drag and wheel zoom", both());
            notes.forEach(System.out::println);
        }
    }

    /** The pulses of the floor's 10 s of motion, {@code mode} one or two pictures, under an Xvfb of its own. */
    private static List<Double> floor(String mode, Path folder, String display) throws Exception {
        java.nio.file.Files.createDirectories(folder);
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path settings = folder.resolve("pulses.jfc");
            java.nio.file.Files.writeString(settings, GestureRun.PULSES_ONLY);
            Path recording = folder.resolve("pulses.jfr");
            Path out = folder.resolve("marks.txt");
            ProcessBuilder builder = new ProcessBuilder(Bench.java(), "@packaging/jvm/window.args", "-Dprism.order=sw",
                    "-XX:StartFlightRecording=settings=" + settings + ",filename=" + recording + ",dumponexit=true",
                    "-cp", System.getProperty("java.class.path"), FrameFloorProbe.Main.class.getName(), mode,
                    out.toString()).redirectErrorStream(true).redirectOutput(folder.resolve("floor.log").toFile());
            builder.environment().put("DISPLAY", display);
            int exit = builder.start().waitFor();
            if (exit != 0 || !java.nio.file.Files.isRegularFile(out)) {
                throw new IllegalStateException("the floor's stage ended with " + exit + "; see " + folder.resolve("floor.log"));
            }
            Map<String, Long> marks = GestureRun.marks(java.nio.file.Files.readAllLines(out));
            return durations(pulses(recording), marks.get("pan-start"), marks.get("pan-end"));
        } finally {
            xvfb.destroy();
            xvfb.waitFor();
        }
    }

    /** Each pulse's first start and last end, in epoch nanoseconds, by pulse number. */
    static Map<Integer, long[]> pulses(Path recording) throws java.io.IOException {
        Map<Integer, long[]> pulses = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("javafx.PulsePhase")) {
                continue;
            }
            long start = nanos(event.getStartTime());
            long end = nanos(event.getEndTime());
            long[] span = pulses.computeIfAbsent(event.getInt("pulseId"), id -> new long[] {start, end});
            span[0] = Math.min(span[0], start);
            span[1] = Math.max(span[1], end);
        }
        return pulses;
    }

    /** The time of each pulse phase, summed over the pulses between {@code from} and {@code to}, largest first. */
    static String phases(Path recording, long from, long to) throws java.io.IOException {
        Map<String, Double> byPhase = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            long start = nanos(event.getStartTime());
            if (event.getEventType().getName().equals("javafx.PulsePhase") && start >= from && start <= to) {
                byPhase.merge(event.getString("phaseName"), event.getDuration().toNanos() / 1e6, Double::sum);
            }
        }
        return byPhase.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The durations (ms) of the pulses that started between {@code from} and {@code to}. */
    static List<Double> durations(Map<Integer, long[]> pulses, long from, long to) {
        return pulses.values().stream().filter(s -> s[0] >= from && s[0] <= to).map(s -> (s[1] - s[0]) / 1e6)
                .sorted().toList();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        double rank = (sorted.size() - 1) * p / 100;
        int low = (int) rank;
        int high = Math.min(low + 1, sorted.size() - 1);
        return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (rank - low);
    }

    private static void print(String what, List<Double> unsorted) {
        List<Double> ms = unsorted.stream().sorted().toList();
        long over16 = ms.stream().filter(d -> d > FRAME_MS).count();
        long over33 = ms.stream().filter(d -> d > 2 * FRAME_MS).count();
        System.out.printf(Locale.ROOT, "  %-20s %4d pulses, ms p50 %6.1f p95 %6.1f p99 %6.1f max %6.1f;"
                        + " over 16.7 ms %d (%.0f %%), over 33 ms %d (%.0f %%)%n", what, ms.size(), percentile(ms, 50),
                percentile(ms, 95), percentile(ms, 99), ms.isEmpty() ? Double.NaN : ms.get(ms.size() - 1), over16,
                100.0 * over16 / Math.max(1, ms.size()), over33, 100.0 * over33 / Math.max(1, ms.size()));
    }
}
