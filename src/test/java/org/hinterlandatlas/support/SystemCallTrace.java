// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process run under {@code strace}, which records each system call that sends to an address — whatever made
 * it: Java sockets, NIO channels, datagrams, native libraries. An address of the local machine's own kind
 * (a Unix socket: fontconfig, the name service cache) reaches no network; every other family is outbound.
 */
public final class SystemCallTrace {

    /** The calls that name where they send: connecting, and sending to an address without connecting. */
    private static final String CALLS = "connect,sendto,sendmsg";
    private static final Pattern CALL = Pattern.compile("\\b(connect|sendto|sendmsg)\\(");
    private static final Pattern FAMILY = Pattern.compile("sa_family=(AF_[A-Z0-9]+)");
    private static final Set<String> LOCAL = Set.of("AF_UNIX", "AF_LOCAL", "AF_NETLINK", "AF_UNSPEC");

    private SystemCallTrace() {
    }

    /** Whether {@code strace} is installed and may trace here (a container may forbid it). */
    public static boolean available() {
        try {
            Process probe = new ProcessBuilder("strace", "-f", "-qq", "-e", "trace=" + CALLS, "-o", "/dev/null", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The command that runs {@code command} and its threads and children under the trace, written to
     * {@code trace}; only the traced calls stop the process, so the session runs at nearly its own speed.
     */
    public static List<String> around(List<String> command, Path trace) {
        List<String> traced = new ArrayList<>(List.of("strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=" + CALLS,
                "-e", "signal=none", "-o", trace.toString()));
        traced.addAll(command);
        return traced;
    }

    /** Every traced call of a trace file that was addressed outside this machine's local sockets. */
    public static List<String> outbound(Path trace) throws IOException {
        List<String> outbound = new ArrayList<>();
        for (String line : Files.readAllLines(trace)) {
            if (!CALL.matcher(line).find()) {
                continue;
            }
            Matcher family = FAMILY.matcher(line);
            while (family.find()) {
                if (!LOCAL.contains(family.group(1))) {
                    outbound.add(line);
                    break;
                }
            }
        }
        return outbound;
    }
}
