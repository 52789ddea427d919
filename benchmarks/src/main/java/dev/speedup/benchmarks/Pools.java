package dev.speedup.benchmarks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** The thread pools benchmarks make for themselves (not the engines'): daemon threads, stopped at once. */
final class Pools {
    private Pools() {}

    /** Daemon threads named {@code name}, so a benchmark that fails mid-trial cannot keep its fork alive. */
    static ThreadFactory daemons(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops a pool whose tasks are done or worthless, and waits briefly for its threads. */
    static void shutDownNow(ExecutorService pool) throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
