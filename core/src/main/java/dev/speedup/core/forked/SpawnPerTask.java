package dev.speedup.core.forked;

import java.util.List;

/**
 * The lecture's {@code Process(target=...)}: a fresh JVM for every task, started, used once and
 * shut down, so a benchmark can set what a process start costs beside a {@link ForkedWorkerPool}.
 */
public final class SpawnPerTask {
    private SpawnPerTask() {}

    /** Starts a JVM, waits for its hello, runs {@code task} on it, shuts it down, and returns the reply. */
    public static double[] run(Task task) {
        try (ForkedWorkerPool one = ForkedWorkerPool.start(1)) {
            return one.invoke(task);
        }
    }

    /**
     * One fresh JVM per task, all started before any is awaited (start every process, then join
     * them all, as the lecture does), each shut down after its one task; replies in task order.
     */
    public static List<double[]> runAll(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        try (ForkedWorkerPool each = ForkedWorkerPool.start(tasks.size())) {
            return each.invokeAll(tasks); // task k goes to worker k: one task per JVM
        }
    }
}
