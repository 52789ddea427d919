package dev.speedup.core.strategy;

import java.util.concurrent.CancellationException;

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

    /** The caller was interrupted while waiting: keep the flag set and stop waiting. */
    static CancellationException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        CancellationException cancelled = new CancellationException("interrupted while waiting for workers");
        cancelled.initCause(e);
        return cancelled;
    }
}
