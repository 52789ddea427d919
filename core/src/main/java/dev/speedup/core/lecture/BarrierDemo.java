package dev.speedup.core.lecture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lecture's barrier example: two workers arrive at different times and wait for each other at
 * a {@code CyclicBarrier}, then print under a lock; two others arrive at the same times and don't wait.
 */
public final class BarrierDemo {
    private BarrierDemo() {}

    /** One worker's times, since the start: when it arrived, and when it got past the barrier (or didn't wait). */
    public record Worker(String name, boolean usesBarrier, long arrivedNanos, long printedNanos) {
        public long waitedNanos() {
            return printedNanos - arrivedNanos;
        }
    }

    /** The workers in the order they printed. */
    public record Result(long earlyMillis, long lateMillis, List<Worker> printed) {
        public Worker worker(String name) {
            return printed.stream()
                    .filter(w -> w.name().equals(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    public static Result run() throws InterruptedException {
        return run(100, 400);
    }

    /** Workers {@code A} and {@code C} arrive after {@code earlyMillis}, {@code B} and {@code D} after {@code lateMillis}. */
    public static Result run(long earlyMillis, long lateMillis) throws InterruptedException {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ReentrantLock printLock = new ReentrantLock();
        List<Worker> printed = new ArrayList<>();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        String[] names = {"A", "B", "C", "D"};
        for (int k = 0; k < names.length; k++) {
            String name = names[k];
            boolean usesBarrier = k < 2;
            long arriveAfter = k % 2 == 0 ? earlyMillis : lateMillis;
            threads.add(new Thread(
                    () -> {
                        Times.sleep(arriveAfter);
                        long arrived = System.nanoTime() - start;
                        if (usesBarrier) {
                            try {
                                barrier.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            } catch (BrokenBarrierException e) {
                                return;
                            }
                        }
                        // The lock keeps the "prints" whole and ordered, as the lecture's print lock does.
                        printLock.lock();
                        try {
                            printed.add(new Worker(name, usesBarrier, arrived, System.nanoTime() - start));
                        } finally {
                            printLock.unlock();
                        }
                    },
                    "worker-" + name));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(earlyMillis, lateMillis, List.copyOf(printed));
    }

    public static void print(Result r, java.io.PrintStream out) {
        out.printf(
                "A and B wait at a CyclicBarrier(2); C and D don't. A and C arrive after %d ms, B and D after %d ms.%n",
                r.earlyMillis(), r.lateMillis());
        for (Worker w : r.printed()) {
            out.printf(
                    "  %s %-16s arrived %8s, printed %8s, waited %8s%n",
                    w.name(),
                    w.usesBarrier() ? "(barrier)" : "(no barrier)",
                    Times.ms(w.arrivedNanos()),
                    Times.ms(w.printedNanos()),
                    Times.ms(w.waitedNanos()));
        }
        out.println("  A waited for B at the barrier; C and D printed the moment they arrived.");
    }
}
