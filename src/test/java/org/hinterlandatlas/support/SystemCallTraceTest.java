// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What in a trace counts as reaching out: lines as strace 6 writes them with -f. */
class SystemCallTraceTest {

    @TempDir
    Path folder;

    @Test
    void onlyCallsAddressedOutsideTheLocalSocketsAreOutbound() throws IOException {
        String inet = "812 connect(7, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr(\"93.184.215.14\")}, 16"
                + " <unfinished ...>";
        String inet6 = "813 connect(9, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0),"
                + " inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = -1 ECONNREFUSED (Connection refused)";
        String datagram = "814 sendto(5, \"\\x12\\x34\", 2, 0, {sa_family=AF_INET, sin_port=htons(53),"
                + " sin_addr=inet_addr(\"10.0.0.1\")}, 16) = 2";
        String message = "815 sendmsg(6, {msg_name={sa_family=AF_INET6, sin6_port=htons(123)}, msg_namelen=28}, 0) = 48";
        Path trace = Files.write(folder.resolve("strace.txt"), List.of(
                "810 connect(4, {sa_family=AF_UNIX, sun_path=\"/var/run/nscd/socket\"}, 110) = -1 ENOENT (No such file)",
                inet,
                "812 <... connect resumed>) = 0",
                inet6,
                "811 sendto(3, \"hello\", 5, MSG_NOSIGNAL, NULL, 0) = 5",
                "811 connect(8, {sa_family=AF_UNSPEC, sa_data=\"\"}, 16) = 0",
                "811 sendmsg(3, {msg_name={sa_family=AF_NETLINK, nl_pid=0}, msg_namelen=12}, 0) = 20",
                datagram,
                message,
                "816 +++ exited with 0 +++"));

        assertEquals(List.of(inet, inet6, datagram, message), SystemCallTrace.outbound(trace));
    }
}
