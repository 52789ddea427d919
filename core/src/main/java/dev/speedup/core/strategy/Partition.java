package dev.speedup.core.strategy;

/** How the index space {@code [0, n)} is divided among {@code p} workers. */
public enum Partition {
    /** Worker w takes one contiguous range; ranges differ in length by at most one. */
    BLOCK {
        @Override
        public double partialSum(PiLoop loop, long steps, int worker, int workers) {
            return loop.sum(blockStart(steps, workers, worker), blockStart(steps, workers, worker + 1), 1, steps);
        }
    },
    /** Worker w takes every index i with i mod p == w: the lecture's way. */
    STRIDED {
        @Override
        public double partialSum(PiLoop loop, long steps, int worker, int workers) {
            return worker >= steps ? 0.0 : loop.sum(worker, steps, workers, steps);
        }
    };

    /** Worker {@code worker}'s unscaled share of the midpoint sum with {@code steps} steps. */
    public abstract double partialSum(PiLoop loop, long steps, int worker, int workers);

    /** Start of block {@code k} of {@code parts} near-equal blocks of {@code [0, n)}; block k ends at the start of k+1. */
    public static long blockStart(long n, int parts, int k) {
        long base = n / parts;
        long extra = n % parts;
        return k * base + Math.min(k, extra);
    }
}
