// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path folder;

    @Test
    void aSecondStartAsksTheFirstToComeToTheFront() {
        SingleInstance.First first = assertInstanceOf(SingleInstance.First.class, SingleInstance.claim(folder));
        try (SingleInstance instance = first.instance()) {
            AtomicInteger requests = new AtomicInteger();
            instance.onToFront(requests::incrementAndGet);
            assertInstanceOf(SingleInstance.Signalled.class, SingleInstance.claim(folder));
            // the first answers only after it has acted on the request
            assertEquals(1, requests.get());
            assertInstanceOf(SingleInstance.Signalled.class, SingleInstance.claim(folder));
            assertEquals(2, requests.get());
        }
    }

    @Test
    void theTokenIsOwnerOnlyAndAWrongTokenIsRefused() throws IOException {
        SingleInstance.First first = assertInstanceOf(SingleInstance.First.class, SingleInstance.claim(folder));
        try (SingleInstance instance = first.instance()) {
            AtomicInteger requests = new AtomicInteger();
            instance.onToFront(requests::incrementAndGet);
            Path portFile = folder.resolve("instance.port");
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(portFile));
            String port = Files.readString(portFile).split(" ")[0];
            Files.writeString(portFile, port + " 00000000000000000000000000000000\n");
            SingleInstance.NotAnswering refused = assertInstanceOf(SingleInstance.NotAnswering.class, SingleInstance.claim(folder));
            assertTrue(refused.reason().contains("refused the request on port " + port), refused.reason());
            assertEquals(0, requests.get());
        }
    }

    @Test
    void closingHandsTheLockToTheNextStart() {
        SingleInstance.First first = assertInstanceOf(SingleInstance.First.class, SingleInstance.claim(folder));
        first.instance().close();
        assertFalse(Files.exists(folder.resolve("instance.port")));
        SingleInstance.First next = assertInstanceOf(SingleInstance.First.class, SingleInstance.claim(folder));
        next.instance().close();
    }

    @Test
    void aHeldLockWithoutItsPortFileIsReportedAsNotAnswering() throws IOException {
        SingleInstance.First first = assertInstanceOf(SingleInstance.First.class, SingleInstance.claim(folder));
        try (SingleInstance instance = first.instance()) {
            Files.delete(folder.resolve("instance.port"));
            SingleInstance.NotAnswering stuck = assertInstanceOf(SingleInstance.NotAnswering.class, SingleInstance.claim(folder));
            assertTrue(stuck.reason().contains("instance.port"), stuck.reason());
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsReportedNotThrown() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
        SingleInstance.Unavailable unavailable = assertInstanceOf(SingleInstance.Unavailable.class,
                SingleInstance.claim(file.resolve("atlas")));
        assertTrue(unavailable.reason().contains(file.toString()), unavailable.reason());
    }
}
