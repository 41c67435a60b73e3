// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Encodes one band on a thread of its own while the caller paints the next, so that painting and deflating
 * share the two cores; with one core, or when asked, each band is encoded on the caller's thread instead.
 * At most one band is being encoded at a time, so two band images are enough for the whole page.
 */
final class BandHandOff implements AutoCloseable {

    /** The work on one band: converting and deflating its rows. */
    @FunctionalInterface
    interface Encoding {
        void run() throws IOException;
    }

    private final ExecutorService thread;
    private Future<?> pending;

    BandHandOff(boolean ownThread) {
        thread = ownThread ? Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "png-deflate");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** Whether a second core is there to deflate on. */
    static boolean secondCore() {
        return Runtime.getRuntime().availableProcessors() > 1;
    }

    /** Waits for the band before (and fails with its failure), then starts encoding this one. */
    void encode(Encoding encoding) throws IOException {
        await();
        if (thread == null) {
            encoding.run();
            return;
        }
        pending = thread.submit(() -> {
            try {
                encoding.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** Waits until the band handed over last is encoded; a failure there is thrown here, in the caller's thread. */
    void await() throws IOException {
        Future<?> band = pending;
        pending = null;
        if (band == null) {
            return;
        }
        try {
            band.get();
        } catch (InterruptedException e) {
            // the export's task was cancelled with an interrupt; close waits for the band all the same
            pending = band;
            Thread.currentThread().interrupt();
            throw new CancellationException("the export was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /**
     * Lets a band still being encoded end before the caller goes on (the stream it writes to is closed and
     * deleted after a failure), then ends the thread.
     */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        boolean interrupted = false;
        while (pending != null) {
            try {
                pending.get();
                pending = null;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                // already failing, or failing now: that failure is the caller's to report
                pending = null;
            }
        }
        thread.shutdown();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
