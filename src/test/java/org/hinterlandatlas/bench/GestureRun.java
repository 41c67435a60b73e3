// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One atlas window driven by {@link GestureDriver} on a virtual X server of its own (Xvfb, 1920 × 1080,
 * JavaFX's software pipeline), with the window's JVM options; for the frame times JFR records every JavaFX
 * pulse phase.
 * What the driver wrote comes back as lines; the recording stays in {@link #recording()}.
 */
final class GestureRun {

    /** Only the pulse phases: JFR's default events would add their own work to the frames measured. */
    static final String PULSES_ONLY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <configuration version="2.0" label="pulses">
              <event name="javafx.PulsePhase"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting><setting name="stackTrace">false</setting></event>
            </configuration>
            """;

    private final Path folder;
    private final String jars;

    /** @param jars the atlas's jar and its dependencies, as {@link Bench#commandClasspath()} gives them */
    GestureRun(Path folder, String jars) {
        this.folder = folder;
        this.jars = jars;
    }

    Path recording() {
        return folder.resolve("pulses.jfr");
    }

    /** Whether this machine has what a run needs: Xvfb and xdotool. */
    static boolean possible() {
        return Files.isExecutable(Path.of("/usr/bin/Xvfb")) && Files.isExecutable(Path.of("/usr/bin/xdotool"));
    }

    /** Runs the atlas under the driver in {@code mode} ({@code frames}, {@code soak}) and returns what it wrote. */
    List<String> run(String display, String mode, Map<String, String> properties) throws Exception {
        Files.createDirectories(folder);
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path settings = folder.resolve("pulses.jfc");
            Files.writeString(settings, PULSES_ONLY);
            Path out = folder.resolve(mode + ".txt");
            Files.deleteIfExists(out);
            String classpath = jars + File.pathSeparator + System.getProperty("java.class.path");
            // -Dbench.windowArgs=FILE: another build's window options, to run it beside this one
            String windowArgs = System.getProperty("bench.windowArgs", "packaging/jvm/window.args");
            List<String> command = new ArrayList<>(List.of(Bench.java(), "@" + windowArgs,
                    "-Dprism.order=sw", "-Djavafx.preloader=" + GestureDriver.class.getName(),
                    "-Djava.util.prefs.userRoot=" + Files.createDirectories(folder.resolve("prefs")),
                    "-Dbench.gesture=" + mode, "-Dbench.gestureOut=" + out));
            if (mode.equals("frames")) {
                // a long session is not recorded: the recording's buffers would count in the memory it measures
                command.add("-XX:StartFlightRecording=settings=" + settings + ",filename=" + recording()
                        + ",dumponexit=true");
            }
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            // -Dbench.windowOptions="…": JVM options to try beside window.args, e.g. another heap bound
            String extra = System.getProperty("bench.windowOptions", "").trim();
            if (!extra.isEmpty()) {
                command.addAll(List.of(extra.split("\\s+")));
            }
            command.addAll(List.of("-cp", classpath, "org.hinterlandatlas.app.Launcher", "--lang=en"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve(mode + "-window.log").toFile());
            // a runtime folder of its own: the atlas must not hand over to another one open on this machine
            builder.environment().putAll(Map.of("DISPLAY", display,
                    "XDG_RUNTIME_DIR", Files.createDirectories(folder.resolve("runtime")).toString()));
            int exit = builder.start().waitFor();
            if (exit != 0 || !Files.isRegularFile(out)) {
                throw new IllegalStateException("the driven window ended with " + exit + " and no report; see "
                        + folder.resolve(mode + "-window.log"));
            }
            return Files.readAllLines(out);
        } finally {
            xvfb.destroy();
            xvfb.waitFor();
        }
    }

    /** The instants (epoch nanoseconds) the driver marked, by name. */
    static Map<String, Long> marks(List<String> lines) {
        Map<String, Long> marks = new java.util.HashMap<>();
        lines.stream().filter(line -> line.startsWith("mark ")).map(line -> line.split(" "))
                .forEach(f -> marks.put(f[1], Long.parseLong(f[2])));
        return marks;
    }

    /** One memory sample of the driver. */
    record Memory(double seconds, double rssMiB, double peakRssMiB, double heapUsedMiB, double heapCommittedMiB,
                  long tileCacheBytes, long tileCacheLimit) {
    }

    static List<Memory> memory(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("memory ")).map(line -> line.split(" "))
                .map(f -> new Memory(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6]),
                        Long.parseLong(f[7])))
                .toList();
    }

    static String load() throws IOException {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }
}
