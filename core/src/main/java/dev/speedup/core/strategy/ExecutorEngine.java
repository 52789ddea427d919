package dev.speedup.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A fixed pool of p threads, made once; each call submits its tasks with {@code invokeAll}. */
final class ExecutorEngine extends TaskListEngine {
    private final ExecutorService pool;

    ExecutorEngine(int parallelism) {
        super(Strategy.EXECUTOR, parallelism);
        this.pool = Executors.newFixedThreadPool(parallelism, threads);
    }

    @Override
    <T> List<T> runAll(List<Callable<T>> tasks) {
        List<Future<T>> futures;
        try {
            futures = pool.invokeAll(tasks);
        } catch (InterruptedException e) {
            throw Failures.interrupted(e);
        }
        List<T> results = new ArrayList<>(tasks.size());
        for (Future<T> future : futures) {
            results.add(Failures.await(future));
        }
        return results;
    }

    @Override
    void release() {
        shutDown(pool);
    }
}
