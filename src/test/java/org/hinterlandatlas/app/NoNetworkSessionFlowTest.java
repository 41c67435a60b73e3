// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.support.NetworkTripwire;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.support.SystemCallTrace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A whole scripted session ({@link ScriptedSession}) reaches no network: in a JVM of its own, every Java socket
 * refuses and records, and where {@code strace} may run (CI installs it) every system call that sends to an
 * address is traced, so a connection from NIO, a datagram or native code is seen too (docs/decisions/0081).
 * {@code -Dnetwork.trace=required} makes a machine without the trace fail instead of proving less.
 */
class NoNetworkSessionFlowTest {

    /** The JVM settings of the tests that the session's JVM needs: headless JavaFX, preferences in target/. */
    private static final List<String> PASSED_ON = List.of("testfx.robot", "testfx.headless", "prism.order",
            "prism.text", "glass.platform", "monocle.platform", "java.awt.headless", "java.util.prefs.userRoot");
    /** A bound on a hung session, far above its run on a busy machine; not a measure of speed. */
    private static final long HANG_MINUTES = 20;
    private static final Path OUTPUT = Path.of("target", "no-network");

    @Test
    void aWholeSessionConnectsNowhere() throws Exception {
        boolean traced = SystemCallTrace.available();
        if (!traced && "required".equals(System.getProperty("network.trace"))) {
            fail("strace cannot run here, and -Dnetwork.trace=required asks for the system-call proof");
        }
        Path folder = fresh(OUTPUT.resolve("session"));
        Path trace = folder.resolve("strace.txt");
        List<String> command = java(ScriptedSession.class.getName(), folder.toAbsolutePath().toString());
        int exit = run(traced ? SystemCallTrace.around(command, trace) : command, folder);

        assertEquals(0, exit, "the session did not run through; see " + folder.resolve(ScriptedSession.FAILURE)
                + " and the log " + folder.resolve("err.log") + ":\n" + tail(folder.resolve(ScriptedSession.FAILURE)));
        assertEquals(List.of(), Files.readAllLines(folder.resolve("attempts.txt")), "Java code tried the network");
        if (traced) {
            assertEquals(List.of(), SystemCallTrace.outbound(trace), "a system call sent outside this machine");
        }
        assertSessionCoveredEverything(folder);
    }

    /** The trace is not blind: a JVM that connects to a loopback port is seen doing it. */
    @Test
    void theTraceSeesAConnectionOfAChildJvm() throws Exception {
        Assumptions.assumeTrue(SystemCallTrace.available(), "strace cannot run here");
        Path folder = fresh(OUTPUT.resolve("probe"));
        Path trace = folder.resolve("strace.txt");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> command = java(ConnectsOnce.class.getName(), String.valueOf(server.getLocalPort()));
            assertEquals(0, run(SystemCallTrace.around(command, trace), folder), tail(folder.resolve("err.log")));
            List<String> outbound = SystemCallTrace.outbound(trace);
            assertTrue(outbound.stream().anyMatch(line -> line.contains("connect(") && line.contains("AF_INET")
                    && line.contains(String.valueOf(server.getLocalPort()))), String.join("\n", outbound));
        }
    }

    /** The session's own guard is not blind either: its sockets refuse before any system call is made. */
    @Test
    void theSessionsSocketsRefuseAndRecordWhoAsked() throws Exception {
        boolean traced = SystemCallTrace.available();
        Path folder = fresh(OUTPUT.resolve("refused"));
        Path trace = folder.resolve("strace.txt");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> command = java(RefusedUnderTripwire.class.getName(), String.valueOf(server.getLocalPort()));
            assertEquals(0, run(traced ? SystemCallTrace.around(command, trace) : command, folder),
                    tail(folder.resolve("err.log")));
        }
        String recorded = Files.readString(folder.resolve("out.log"));
        assertTrue(recorded.contains("a socket: connect to") && recorded.contains(RefusedUnderTripwire.class.getName()),
                recorded);
        if (traced) {
            assertEquals(List.of(), SystemCallTrace.outbound(trace), "the refused connection reached the system");
        }
    }

    /** What the session says it did matches the shipped content, and its files are there. */
    private static void assertSessionCoveredEverything(Path folder) throws IOException {
        AtlasContent content = ShippedAtlas.atlas().content();
        List<String> done = Files.readAllLines(folder.resolve("session.txt"));
        assertTrue(done.contains("views " + content.mapStates().size()), done.toString());
        assertTrue(done.stream().anyMatch(line -> line.startsWith("steps ") && Integer.parseInt(line.substring(6))
                >= content.steps().size()), done.toString());
        for (String file : List.of("figure.png", "figure.pdf", "figure.svg", "lesson.hlesson", "pack.pdf")) {
            assertTrue(Files.size(folder.resolve(file)) > 0, file);
        }
        assertTrue(done.stream().anyMatch(line -> line.startsWith("lesson presented ")), done.toString());
        assertTrue(done.stream().anyMatch(line -> line.matches("quiz answered [1-9][0-9]*, scored [0-9]+")),
                done.toString());
        assertTrue(done.contains("print pack pack.pdf"), done.toString());
    }

    private static List<String> java(String mainClass, String argument) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g"));
        for (String name : PASSED_ON) {
            String value = System.getProperty(name);
            if (value != null) {
                command.add("-D" + name + "=" + value);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass, argument));
        return command;
    }

    private static int run(List<String> command, Path folder) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectOutput(folder.resolve("out.log").toFile())
                .redirectError(folder.resolve("err.log").toFile()).start();
        if (!process.waitFor(HANG_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("the child JVM hung: " + String.join(" ", command));
        }
        return process.exitValue();
    }

    private static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /**
     * The probe of the session's guard: a connection to a loopback port under {@link NetworkTripwire#forWholeJvm()}
     * must fail; prints what the tripwire recorded and exits 0 only if it was refused.
     */
    static final class RefusedUnderTripwire {

        private RefusedUnderTripwire() {
        }

        public static void main(String[] args) throws IOException {
            NetworkTripwire tripwire = NetworkTripwire.forWholeJvm();
            try {
                new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])).close();
                System.exit(1);
            } catch (ConnectException refused) {
                tripwire.attempts().forEach(System.out::println);
            }
        }
    }

    /** The probe of the trace: one connection to a loopback port, then exit. */
    static final class ConnectsOnce {

        private ConnectsOnce() {
        }

        public static void main(String[] args) throws IOException {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]))) {
                socket.getOutputStream().flush();
            }
        }
    }
}
