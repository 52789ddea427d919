package dev.speedup.core.strategy;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes an engine's threads, names them {@code speedup-<STRATEGY>-<engine>-<n>} so a thread dump
 * says whose they are, and remembers them so {@code close()} can wait until they have really
 * ended: a pool that reports itself terminated may still have threads finishing their exit.
 */
final class WorkerThreads implements ThreadFactory, ForkJoinPool.ForkJoinWorkerThreadFactory {
    private static final AtomicInteger ENGINES = new AtomicInteger();

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();
    private final Queue<Thread> live = new ConcurrentLinkedQueue<>();

    WorkerThreads(Strategy strategy) {
        this.prefix = "speedup-" + strategy + "-" + ENGINES.incrementAndGet() + "-";
    }

    @Override
    public Thread newThread(Runnable task) {
        return remember(new Thread(task));
    }

    @Override
    public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
        return remember(new ForkJoinWorkerThread(pool) {});
    }

    private <T extends Thread> T remember(T thread) {
        thread.setName(prefix + count.incrementAndGet());
        // Daemon, so a caller who forgets close() cannot keep the JVM from exiting.
        thread.setDaemon(true);
        live.removeIf(t -> t.getState() == Thread.State.TERMINATED);
        live.add(thread);
        return thread;
    }

    /** Waits until every thread made here has ended; true when all have within the timeout. */
    boolean awaitAllEnded(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread thread : live) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            thread.join(Math.max(1, left / 1_000_000));
        }
        return live.stream().noneMatch(Thread::isAlive);
    }
}
