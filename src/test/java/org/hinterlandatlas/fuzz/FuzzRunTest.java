// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The fuzz harness itself: reproducible inputs, and every kind of failure caught and kept. */
class FuzzRunTest {

    private static final byte[] SAMPLE = "{\"name\": \"Chengdu\", \"at\": [104.06, 30.67], \"rank\": 1}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameSeedMakesTheSameInput() {
        for (int seed = 0; seed < 200; seed++) {
            assertArrayEquals(new Mutations(seed).of(SAMPLE), new Mutations(seed).of(SAMPLE));
            assertArrayEquals(new Mutations(seed).random(), new Mutations(seed).random());
        }
    }

    @Test
    void mutationsChangeTheInput() {
        int changed = 0;
        for (int seed = 0; seed < 200; seed++) {
            changed += Arrays.equals(new Mutations(seed).of(SAMPLE), SAMPLE) ? 0 : 1;
        }
        assertTrue(changed > 180, changed + " of 200 inputs changed");
    }

    @Test
    void aLoaderThatOnlyLoadsOrRefusesPasses() {
        FuzzRun.Report report = FuzzRun.of("harness-pass", IllegalArgumentException.class, input -> {
            if (input.length % 2 == 0) {
                throw new IllegalArgumentException("refused");
            }
        }).tries(100).run(SAMPLE);
        assertEquals(100, report.inputs());
        assertEquals(100, report.loaded() + report.refused());
        assertTrue(report.loaded() > 0 && report.refused() > 0, report.toString());
    }

    @Test
    void anotherExceptionFailsTheRunAndKeepsTheInput() throws Exception {
        AssertionError failure = assertThrows(AssertionError.class, () -> FuzzRun.of("harness-other",
                IllegalArgumentException.class, input -> {
                    throw new IllegalStateException("raw");
                }).tries(3).run(SAMPLE));
        assertTrue(failure.getMessage().contains("seed " + FuzzRun.seed("harness-other", 0)), failure.getMessage());
        assertTrue(failure.getMessage().contains("IllegalStateException: raw"), failure.getMessage());
        Path kept = Path.of("target/fuzz-failures/harness-other-0.bin");
        assertArrayEquals(new Mutations(FuzzRun.seed("harness-other", 0)).of(SAMPLE), Files.readAllBytes(kept));
    }

    @Test
    void aClearErrorThatFailsTheConditionFailsTheRun() {
        assertThrows(AssertionError.class, () -> FuzzRun.of("harness-unclear", IllegalArgumentException.class,
                input -> {
                    throw new IllegalArgumentException("enable JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS");
                }).clearWhen(e -> !e.getMessage().contains("JsonReadFeature")).tries(2).run(SAMPLE));
    }

    @Test
    void aStackOverflowIsCaught() {
        AssertionError failure = assertThrows(AssertionError.class, () -> FuzzRun.of("harness-overflow",
                IllegalArgumentException.class, input -> recurse(0)).tries(1).run(SAMPLE));
        assertTrue(failure.getMessage().contains("StackOverflowError"), failure.getMessage());
    }

    @Test
    void aHangIsReportedAndTheRunGoesOn() {
        CountDownLatch never = new CountDownLatch(1);
        AssertionError failure = assertThrows(AssertionError.class, () -> FuzzRun.of("harness-hang",
                IllegalArgumentException.class, input -> never.await()).timeout(Duration.ofMillis(50)).tries(2)
                .run(SAMPLE));
        assertTrue(failure.getMessage().contains("2 input(s)"), failure.getMessage());
        assertTrue(failure.getMessage().contains("a hang"), failure.getMessage());
        assertFalse(failure.getMessage().contains("interrupted"), failure.getMessage());
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
