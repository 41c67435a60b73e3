// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded pools of daemon threads for work that must stay off the JavaFX thread (tile painting, loading),
 * sized to the machine so a 2-core laptop is not oversubscribed.
 */
public final class BackgroundExecutors {

    private BackgroundExecutors() {
    }

    public static ExecutorService fixed(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One thread per core, at least one. */
    public static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
