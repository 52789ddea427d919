package dev.speedup.core.strategy;

import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A new platform thread per task on every call: all started, then all joined, so they overlap.
 * Thread start-up is part of what this strategy costs. (Starting and joining inside one loop runs
 * the threads one after another: see {@link dev.speedup.core.lecture.StartAndJoin}.)
 */
final class ThreadsEngine extends TaskListEngine {

    /** How long close() waits for the threads of an abandoned call. */
    private final Duration closeGrace;

    ThreadsEngine(int parallelism) {
        this(parallelism, CLOSE_GRACE);
    }

    ThreadsEngine(int parallelism, Duration closeGrace) {
        super(Strategy.THREADS, parallelism);
        this.closeGrace = closeGrace;
    }

    @Override
    <T> List<T> runAll(List<Callable<T>> tasks) {
        int n = tasks.size();
        Object[] results = new Object[n];
        Throwable[] failures = new Throwable[n];
        Thread[] started = new Thread[n];
        for (int k = 0; k < n; k++) {
            int task = k;
            started[k] = threads.newThread(() -> {
                try {
                    results[task] = tasks.get(task).call();
                } catch (Throwable t) {
                    failures[task] = t;
                }
            });
            started[k].start();
        }
        try {
            for (Thread thread : started) {
                thread.join(); // join also makes the results written by the thread visible here
            }
        } catch (InterruptedException e) {
            throw Failures.interrupted(e);
        }
        for (Throwable failure : failures) {
            if (failure != null) {
                throw Failures.rethrow(failure);
            }
        }
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) Arrays.asList(results);
        return typed;
    }

    /**
     * One thread per worker, not per chunk: thread w maps chunks w, w+p, w+2p, ... A thread per
     * chunk would measure thousands of thread starts, not the map.
     */
    @Override
    void poolMapChecked(PoolFunction f, double[] in, double[] out, int chunk) {
        int chunks = PoolMap.chunkCount(in.length, chunk);
        int workers = workersFor(chunks);
        List<Callable<Void>> tasks = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            int first = w;
            tasks.add(() -> {
                for (int c = first; c < chunks; c += workers) {
                    PoolMap.applyChunk(f, in, out, chunk, c);
                }
                return null;
            });
        }
        runAll(tasks);
    }

    /**
     * Threads of a call its caller gave up on (interrupted) may still run: wait for them, and
     * say so rather than return while one is alive, against {@link ParallelEngine#close()}'s contract.
     */
    @Override
    void release() {
        try {
            if (!threads.awaitAllEnded(closeGrace)) {
                throw new IllegalStateException(
                        "THREADS engine threads still running " + closeGrace + " after close()");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
