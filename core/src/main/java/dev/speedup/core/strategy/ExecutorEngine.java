package dev.speedup.core.strategy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A fixed pool of p threads, made once; each call submits its tasks with {@code invokeAll}. */
final class ExecutorEngine extends TaskListEngine {
    private final ExecutorService pool;

    ExecutorEngine(int parallelism) {
        super(Strategy.EXECUTOR, parallelism);
        this.pool = Executors.newFixedThreadPool(parallelism, threads);
    }

    @Override
    <T> List<T> runAll(List<Callable<T>> tasks) {
        return Failures.invokeAll(pool, tasks);
    }

    @Override
    void release() {
        shutDown(pool);
    }
}
