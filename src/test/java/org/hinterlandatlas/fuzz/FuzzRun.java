// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Runs a loader on many mutated and random inputs and checks that each one either loads or is refused with
 * the loader's own clear error — never another exception, a hang or an out-of-memory error.
 * <pre>{@code
 * FuzzRun.Report report = FuzzRun.of("style", DataException.class, bytes -> load(bytes))
 *         .run(validStyleBytes);
 * }</pre>
 * Input {@code i} of a run named {@code name} is made by {@code new Mutations(FuzzRun.seed(name, i))} from
 * the {@code i % samples}-th sample (one input in twenty is {@link Mutations#random()} instead), so every
 * input can be made again. Each input runs on a worker thread with a time limit ({@link #timeout}). A failing
 * input is written to {@code target/fuzz-failures/<name>-<i>.bin}, and the run fails, after the other inputs,
 * with each failure's index, seed, mutations and stack trace.
 * <p>
 * The number of inputs is the system property {@code fuzz.tries} (300 in every build, 10 000 with
 * {@code -Pfuzz}); {@code fuzz.seed} changes the base seed (default 14).
 */
public final class FuzzRun {

    /** What the loader under test does with one input: returns when it loads it, throws when it does not. */
    @FunctionalInterface
    public interface Target {
        void load(byte[] input) throws Exception;
    }

    /** The outcomes of a run that passed. */
    public record Report(String name, int inputs, int loaded, int refused) {
        @Override
        public String toString() {
            return "fuzz " + name + ": " + inputs + " inputs, " + loaded + " loaded, " + refused
                    + " refused with a clear error, 0 other";
        }
    }

    private static final int MAX_FAILURES = 5;

    private final String name;
    private final Class<? extends Exception> clearError;
    private final Target target;
    private Predicate<Exception> clear = e -> true;
    private Duration timeout = Duration.ofSeconds(30);
    private int tries = Integer.getInteger("fuzz.tries", 300);

    private FuzzRun(String name, Class<? extends Exception> clearError, Target target) {
        this.name = name;
        this.clearError = clearError;
        this.target = target;
    }

    /**
     * @param name       names the run in reports and failure files
     * @param clearError the loader's declared error: any other throwable fails the run
     */
    public static FuzzRun of(String name, Class<? extends Exception> clearError, Target target) {
        return new FuzzRun(name, clearError, target);
    }

    /** A further condition on the clear error, e.g. that its message is the loader's own wording. */
    public FuzzRun clearWhen(Predicate<Exception> condition) {
        this.clear = condition;
        return this;
    }

    /** The longest an input may take; longer counts as a hang. 30 s by default (a busy machine is slow). */
    public FuzzRun timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /** Overrides {@code fuzz.tries}, for the harness's own tests. */
    public FuzzRun tries(int count) {
        this.tries = count;
        return this;
    }

    /** The seed of input {@code index} of the run {@code name}. */
    public static long seed(String name, int index) {
        return Long.getLong("fuzz.seed", 14) * 1_000_003L + name.hashCode() * 31L + index;
    }

    /** Runs {@code tries} inputs made from the valid {@code samples}; fails when any input fails. */
    public Report run(byte[]... samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("a fuzz run needs at least one valid sample");
        }
        int loaded = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        ExecutorService worker = newWorker();
        try {
            for (int i = 0; i < tries && failures.size() < MAX_FAILURES; i++) {
                Mutations mutations = new Mutations(seed(name, i));
                byte[] input = i % 20 == 19 ? mutations.random() : mutations.of(samples[i % samples.length]);
                Future<Throwable> outcome = worker.submit(() -> attempt(input));
                Throwable thrown;
                try {
                    thrown = outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    outcome.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                    thrown = new AssertionError("no answer within " + timeout.toSeconds() + " s (a hang)");
                } catch (ExecutionException e) {
                    thrown = e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("the fuzz run was interrupted", e);
                }
                if (thrown == null) {
                    loaded++;
                } else if (clearError.isInstance(thrown) && clear.test((Exception) thrown)) {
                    refused++;
                } else {
                    failures.add(failure(i, mutations.description(), input, thrown));
                }
            }
        } finally {
            worker.shutdownNow();
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("fuzz " + name + ": " + failures.size() + " input(s) neither loaded nor"
                    + " were refused with a clear " + clearError.getSimpleName() + "\n" + String.join("\n", failures));
        }
        Report report = new Report(name, tries, loaded, refused);
        System.out.println(report);
        return report;
    }

    private Throwable attempt(byte[] input) {
        try {
            target.load(input);
            return null;
        } catch (Throwable t) { // everything, OutOfMemoryError and StackOverflowError included, is an outcome
            return t;
        }
    }

    private String failure(int index, String mutations, byte[] input, Throwable thrown) {
        Path file = Path.of(System.getProperty("fuzz.failures", "target/fuzz-failures"), name + "-" + index + ".bin");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the failing input " + file, e);
        }
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        // a stack overflow's trace is a thousand frames: the top ones tell where
        String top = trace.toString().lines().limit(25).reduce((a, b) -> a + "\n" + b).orElse("");
        return "input " + index + " (seed " + seed(name, index) + "; " + mutations + "; kept in " + file + "): "
                + top;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz-worker");
            thread.setDaemon(true);
            return thread;
        });
    }
}
