package dev.speedup.core.lecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lecture's lock-scope example: nine workers sleep a random time each. Held across the work,
 * one lock makes the total the sum of the sleeps; released before the work, about the longest.
 */
public final class LockDemo {
    /** This seed gives the lecture's draw: nine sleeps of 1..10 units summing to 32, the longest 10. */
    public static final long LECTURE_SEED = 1390;

    private LockDemo() {}

    /**
     * What the demo measured.
     *
     * @param sleepsMillis  each worker's work, in milliseconds
     * @param heldNanos     total with the lock held across the work
     * @param releasedNanos total with the lock released before the work
     */
    public record Result(List<Long> sleepsMillis, long heldNanos, long releasedNanos) {
        public long sumMillis() {
            return sleepsMillis.stream().mapToLong(Long::longValue).sum();
        }

        public long longestMillis() {
            return sleepsMillis.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        public double heldOverReleased() {
            return (double) heldNanos / releasedNanos;
        }
    }

    public static Result run() throws InterruptedException {
        return run(9, LECTURE_SEED, 30);
    }

    /** Each worker sleeps {@code 1..10} units of {@code unitMillis}, drawn from {@code seed}. */
    public static Result run(int workers, long seed, long unitMillis) throws InterruptedException {
        Random random = new Random(seed);
        List<Long> sleeps = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            sleeps.add((1 + random.nextInt(10)) * unitMillis);
        }
        ReentrantLock lock = new ReentrantLock();
        long held = timeWorkers(sleeps, sleep -> {
            lock.lock();
            try {
                Times.sleep(sleep);
            } finally {
                lock.unlock();
            }
        });
        int[] shared = new int[1];
        long released = timeWorkers(sleeps, sleep -> {
            lock.lock();
            try {
                shared[0]++; // only the shared update needs the lock
            } finally {
                lock.unlock();
            }
            Times.sleep(sleep);
        });
        return new Result(List.copyOf(sleeps), held, released);
    }

    private interface Work {
        void run(long sleepMillis);
    }

    private static long timeWorkers(List<Long> sleeps, Work work) throws InterruptedException {
        List<Runnable> tasks = new ArrayList<>();
        for (long sleep : sleeps) {
            tasks.add(() -> work.run(sleep));
        }
        long t0 = System.nanoTime();
        StartAndJoin.startAllThenJoinAll(tasks);
        return System.nanoTime() - t0;
    }

    public static void print(Result r, java.io.PrintStream out) {
        out.printf(
                "%d workers sleeping %s ms (sum %d ms, longest %d ms)%n",
                r.sleepsMillis().size(), r.sleepsMillis(), r.sumMillis(), r.longestMillis());
        out.printf("  lock held across the work:      %s  (about the sum)%n", Times.ms(r.heldNanos()));
        out.printf("  lock released before the work:  %s  (about the longest)%n", Times.ms(r.releasedNanos()));
        out.printf(
                java.util.Locale.ROOT,
                "  held / released = %.2f  (the lecture: 32 s / 10 s = 3.2)%n",
                r.heldOverReleased());
    }
}
