package dev.speedup.core.kernel;

/**
 * The function a pool map applies to each element: {@code cost} rounds of dependent arithmetic,
 * then the lecture's {@code x + 10}. With {@code cost = 0} it is exactly the lecture's
 * {@code f(x) = x + 10}; larger costs let a benchmark sweep the work per element (Q) against the
 * number of elements (N) to find where parallelism starts to pay.
 *
 * <p>A function is named by its cost alone, never by code, so it can be sent to a worker process.
 */
public record PoolFunction(int cost) {
    /** One round multiplies and adds; the factor keeps values bounded for any cost. */
    private static final double DECAY = 1.0 - 0x1p-20;

    private static final double DRIFT = 0x1p-20;

    public PoolFunction {
        if (cost < 0) {
            throw new IllegalArgumentException("cost must be >= 0, was " + cost);
        }
    }

    /** The lecture's {@code f(x) = x + 10}. */
    public static PoolFunction plusTen() {
        return new PoolFunction(0);
    }

    public double apply(double x) {
        double y = x;
        // Each round depends on the last: the JIT can neither vectorize nor skip the rounds.
        for (int q = 0; q < cost; q++) {
            y = y * DECAY + DRIFT;
        }
        return y + 10.0;
    }
}
