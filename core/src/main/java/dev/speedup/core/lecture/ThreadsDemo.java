package dev.speedup.core.lecture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The lecture's thread examples: ten sleeping threads joined inside the start loop versus started
 * all then joined all, and three named threads whose total is the longest sleep, not the sum.
 */
public final class ThreadsDemo {
    private ThreadsDemo() {}

    /** One named thread's report: its own name as the thread saw it, when it finished, since the start. */
    public record NamedRun(String name, long sleepMillis, long finishedAtNanos) {}

    /**
     * What the demo measured.
     *
     * @param oneLoopNanos   ten threads, each started and joined in the same loop
     * @param allThenAllNanos the same ten threads, all started, then all joined
     * @param named          the named threads in the order they finished
     * @param namedNanos     from starting the first named thread until the last was joined
     */
    public record Result(
            int threads,
            long sleepMillis,
            long oneLoopNanos,
            long allThenAllNanos,
            List<NamedRun> named,
            long namedNanos) {
        public long sumOfNamedSleepsMillis() {
            return named.stream().mapToLong(NamedRun::sleepMillis).sum();
        }

        public long longestNamedSleepMillis() {
            return named.stream().mapToLong(NamedRun::sleepMillis).max().orElse(0);
        }
    }

    public static Result run() throws InterruptedException {
        return run(10, 50, new long[] {300, 200, 100});
    }

    /** {@code namedSleeps[k]} is how long thread {@code function_A + k} sleeps. */
    public static Result run(int threads, long sleepMillis, long[] namedSleeps) throws InterruptedException {
        List<Runnable> tasks = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            tasks.add(() -> Times.sleep(sleepMillis));
        }
        long t0 = System.nanoTime();
        StartAndJoin.startAndJoinInOneLoop(tasks);
        long oneLoop = System.nanoTime() - t0;

        t0 = System.nanoTime();
        StartAndJoin.startAllThenJoinAll(tasks);
        long allThenAll = System.nanoTime() - t0;

        ConcurrentLinkedQueue<NamedRun> finished = new ConcurrentLinkedQueue<>();
        Thread[] named = new Thread[namedSleeps.length];
        long start = System.nanoTime();
        for (int k = 0; k < named.length; k++) {
            long sleep = namedSleeps[k];
            named[k] = new Thread(
                    () -> {
                        Times.sleep(sleep);
                        // The thread names itself, as the lecture's threads print threading.current_thread().name.
                        finished.add(new NamedRun(Thread.currentThread().getName(), sleep, System.nanoTime() - start));
                    },
                    "function_" + (char) ('A' + k));
            named[k].start();
        }
        for (Thread thread : named) {
            thread.join();
        }
        long namedNanos = System.nanoTime() - start;
        return new Result(threads, sleepMillis, oneLoop, allThenAll, List.copyOf(finished), namedNanos);
    }

    public static void print(Result r, java.io.PrintStream out) {
        out.printf("%d threads, each sleeping %d ms:%n", r.threads(), r.sleepMillis());
        out.printf(
                "  start and join in one loop:   %s  (one after another: about %d x %d ms)%n",
                Times.ms(r.oneLoopNanos()), r.threads(), r.sleepMillis());
        out.printf(
                "  start all, then join all:     %s  (together: about %d ms)%n",
                Times.ms(r.allThenAllNanos()), r.sleepMillis());
        out.println("three named threads, started together:");
        for (NamedRun run : r.named()) {
            out.printf(
                    "  %s (slept %d ms) finished at %s%n",
                    run.name(), run.sleepMillis(), Times.ms(run.finishedAtNanos()));
        }
        out.printf(
                "  total %s: about the longest sleep (%d ms), not the sum (%d ms)%n",
                Times.ms(r.namedNanos()), r.longestNamedSleepMillis(), r.sumOfNamedSleepsMillis());
    }
}
