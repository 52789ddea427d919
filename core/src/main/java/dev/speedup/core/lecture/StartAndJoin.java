package dev.speedup.core.lecture;

import dev.speedup.core.kernel.Args;
import java.util.List;

/**
 * The lecture's first threading example, both ways. Starting each thread and joining it inside the
 * same loop waits for thread k before thread k+1 even starts: the threads run one after another,
 * and nothing is gained. Start them all, then join them all, and they overlap.
 */
public final class StartAndJoin {
    private StartAndJoin() {}

    /** The anti-pattern: start, join, next. Runs the tasks strictly one after another. */
    public static void startAndJoinInOneLoop(List<Runnable> tasks) throws InterruptedException {
        Args.notNull("tasks", tasks);
        int k = 0;
        for (Runnable task : tasks) {
            Thread thread = new Thread(task, "lecture-thread-" + k++);
            thread.start();
            thread.join();
        }
    }

    /** The right way: start every thread, then join every thread. The tasks run at the same time. */
    public static void startAllThenJoinAll(List<Runnable> tasks) throws InterruptedException {
        Args.notNull("tasks", tasks);
        Thread[] threads = new Thread[tasks.size()];
        for (int k = 0; k < threads.length; k++) {
            threads[k] = new Thread(tasks.get(k), "lecture-thread-" + k);
            threads[k].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
