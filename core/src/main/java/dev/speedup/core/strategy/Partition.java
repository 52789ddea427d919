package dev.speedup.core.strategy;

/** How the index space {@code [0, n)} is divided among {@code p} workers. */
public enum Partition {
    /** Worker w takes one contiguous range; ranges differ in length by at most one. */
    BLOCK {
        @Override
        public Share share(long steps, int worker, int workers) {
            return new Share(blockStart(steps, workers, worker), blockStart(steps, workers, worker + 1), 1);
        }
    },
    /** Worker w takes every index i with i mod p == w: the lecture's way. */
    STRIDED {
        @Override
        public Share share(long steps, int worker, int workers) {
            return new Share(Math.min(worker, steps), steps, workers);
        }
    };

    /** The indices {@code first, first+stride, ... < end} one worker takes. */
    public record Share(long first, long end, long stride) {}

    /** Worker {@code worker}'s indices of {@code [0, steps)} among {@code workers}. */
    public abstract Share share(long steps, int worker, int workers);

    /** Worker {@code worker}'s unscaled share of the midpoint sum with {@code steps} steps. */
    public final double partialSum(PiLoop loop, long steps, int worker, int workers) {
        Share share = share(steps, worker, workers);
        return share.first() == share.end() ? 0.0 : loop.sum(share.first(), share.end(), share.stride(), steps);
    }

    /** Start of block {@code k} of {@code parts} near-equal blocks of {@code [0, n)}; block k ends at the start of k+1. */
    public static long blockStart(long n, int parts, int k) {
        long base = n / parts;
        long extra = n % parts;
        return k * base + Math.min(k, extra);
    }
}
