package dev.speedup.reports.compare;

import java.util.SplittableRandom;

/**
 * Synthetic fork means with the noise measured on a 2-core runner: log-normal with a spread of 1.5
 * to 9 % per row, and now and then a slow fork (one in five, 5–15 % slower: two runs of the same code
 * differ by up to 5 % per row, which slower slow forks would exceed).
 */
final class Noise {
    static final double[] SPREADS = {0.015, 0.03, 0.05, 0.09};
    static final double SLOW_FORK_CHANCE = 0.2;

    private final SplittableRandom random;
    private final double slowSpan;

    Noise(long seed) {
        this(seed, 0.10);
    }

    /** A slow fork is 5 % to 5 % + {@code slowSpan} slower than its row's median. */
    Noise(long seed, double slowSpan) {
        random = new SplittableRandom(seed);
        this.slowSpan = slowSpan;
    }

    double[] forks(int n, double median, double spread) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double slow = random.nextDouble() < SLOW_FORK_CHANCE ? 1 + 0.05 + slowSpan * random.nextDouble() : 1;
            x[i] = median * Math.exp(spread * gaussian()) * slow;
        }
        return x;
    }

    private double gaussian() {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
