package dev.speedup.core.kernel;

/**
 * The function a pool map applies to each element: {@code cost} rounds of dependent arithmetic,
 * then the lecture's {@code x + 10}. With {@code cost = 0} it is exactly the lecture's
 * {@code f(x) = x + 10}; larger costs let a benchmark sweep the work per element (Q) against the
 * number of elements (N) to find where parallelism starts to pay.
 *
 * <p>A skewed function ({@link #skewed}) costs {@code heavyCost} rounds for elements below
 * {@code heavyBelow}: the uneven work that shows how tasks are dealt to workers.
 *
 * <p>A function is named by numbers alone, never by code, so it can be sent to a worker process.
 */
public record PoolFunction(int cost, int heavyCost, double heavyBelow) {
    /** One round multiplies and adds; the factor keeps values bounded for any cost. */
    private static final double DECAY = 1.0 - 0x1p-20;

    private static final double DRIFT = 0x1p-20;

    public PoolFunction {
        if (cost < 0) {
            throw new IllegalArgumentException("cost must be >= 0, was " + cost);
        }
        if (heavyCost < 0) {
            throw new IllegalArgumentException("heavyCost must be >= 0, was " + heavyCost);
        }
    }

    /** {@code cost} rounds for every element. */
    public PoolFunction(int cost) {
        this(cost, cost, Double.NEGATIVE_INFINITY);
    }

    /** {@code cost * factor} rounds for elements below {@code heavyBelow}, {@code cost} for the rest. */
    public static PoolFunction skewed(int cost, int factor, double heavyBelow) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be >= 1, was " + factor);
        }
        return new PoolFunction(cost, Math.multiplyExact(cost, factor), heavyBelow);
    }

    /** The lecture's {@code f(x) = x + 10}. */
    public static PoolFunction plusTen() {
        return new PoolFunction(0);
    }

    public double apply(double x) {
        double y = x;
        int rounds = x < heavyBelow ? heavyCost : cost;
        // Each round depends on the last: the JIT can neither vectorize nor skip the rounds.
        for (int q = 0; q < rounds; q++) {
            y = y * DECAY + DRIFT;
        }
        return y + 10.0;
    }
}
