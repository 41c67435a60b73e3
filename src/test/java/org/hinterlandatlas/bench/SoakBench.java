// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A long classroom session of the atlas window at 1920 × 1080 under Xvfb, every layer on: drags, wheel
 * steps and story steps, paced as by hand, for {@code -Dsoak.minutes} (30 by default), memory sampled every
 * {@code -Dsoak.sampleSeconds} (30). Prints RSS, peak RSS, heap and the tile cache over time; goals: peak RSS
 * ≤ 400 MiB, RSS drifting less than 10 % after the warm-up (the first third of the session) and the tile
 * cache within its bound. Display {@code :59} unless {@code -Dsoak.display=N}.
 */
public final class SoakBench {

    private static final double PEAK_RSS_MIB = 400;
    private static final double DRIFT = 0.10;

    private SoakBench() {
    }

    public static void main(String[] args) throws Exception {
        if (!GestureRun.possible()) {
            System.out.println("soak: no Xvfb or xdotool (apt-get install xvfb xdotool): not run");
            return;
        }
        String minutes = System.getProperty("soak.minutes", "30");
        GestureRun run = new GestureRun(Path.of(System.getProperty("bench.dir", "target/bench"), "soak"), Bench.commandClasspath());
        List<String> lines = run.run(":" + System.getProperty("soak.display", "59"), "soak",
                Map.of("bench.soakMinutes", minutes, "bench.sampleSeconds", System.getProperty("soak.sampleSeconds", "30")));
        List<GestureRun.Memory> samples = GestureRun.memory(lines);
        System.out.printf(Locale.ROOT, "soak: %s minutes of drags, wheel steps and story steps at 1920x1080 (load %s)%n",
                minutes, GestureRun.load());
        System.out.println("       s   RSS MiB  peak MiB  heap used  committed  tile cache MiB");
        samples.forEach(m -> System.out.printf(Locale.ROOT, "  %6.0f  %8.0f  %8.0f  %9.0f  %9.0f  %8.1f%n", m.seconds(),
                m.rssMiB(), m.peakRssMiB(), m.heapUsedMiB(), m.heapCommittedMiB(), m.tileCacheBytes() / 1048576.0));
        GestureRun.Memory last = samples.get(samples.size() - 1);
        double warm = last.seconds() / 3;
        List<GestureRun.Memory> after = samples.stream().filter(m -> m.seconds() >= warm).toList();
        double first = after.get(0).rssMiB();
        double drift = (last.rssMiB() - first) / first;
        double tiles = samples.stream().mapToDouble(m -> m.tileCacheBytes() / 1048576.0).max().orElse(0);
        Bench.report("peak RSS over the session", last.peakRssMiB(), "MiB", "<= 400", last.peakRssMiB() <= PEAK_RSS_MIB);
        Bench.report("RSS drift after the warm-up", 100 * drift, "%", "< 10", Math.abs(drift) < DRIFT);
        double bound = last.tileCacheLimit() / 1048576.0;
        Bench.report("largest tile cache", tiles, "MiB", String.format(Locale.ROOT, "<= %.0f", bound), tiles <= bound);
    }
}
