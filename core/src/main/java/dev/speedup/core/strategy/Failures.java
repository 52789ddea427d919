package dev.speedup.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Turns what went wrong on a worker into what the caller sees. */
final class Failures {
    private Failures() {}

    /** A worker's failure, rethrown as it was when unchecked, wrapped when checked. */
    static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("worker failed: " + cause, cause);
    }

    /** Waits for a worker's result: its failure rethrown as {@link #rethrow} says, an interrupt as {@link #interrupted}. */
    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            throw interrupted(e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /**
     * Runs {@code tasks} on {@code pool} and waits for them all: their results in order, the first failure (in task
     * order) rethrown as {@link #await} says, an interrupt as {@link #interrupted}.
     */
    static <T> List<T> invokeAll(ExecutorService pool, List<? extends Callable<T>> tasks) {
        List<Future<T>> futures;
        try {
            futures = pool.invokeAll(tasks);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
        List<T> results = new ArrayList<>(tasks.size());
        for (Future<T> future : futures) {
            results.add(await(future));
        }
        return results;
    }

    /** The caller was interrupted while waiting: keep the flag set and stop waiting. */
    static CancellationException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        CancellationException cancelled = new CancellationException("interrupted while waiting for workers");
        cancelled.initCause(e);
        return cancelled;
    }
}
