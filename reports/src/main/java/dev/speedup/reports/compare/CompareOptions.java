package dev.speedup.reports.compare;

/**
 * The knobs of the gate. {@code threshold} is the smallest change that counts (0.10 = 10 %);
 * {@code alpha} the false-alarm budget of the significance test; {@code seed} fixes the bootstrap.
 */
public record CompareOptions(double threshold, double alpha, boolean strict, boolean gateEfficiency, long seed) {
    public static final double DEFAULT_THRESHOLD = 0.10;
    public static final double DEFAULT_ALPHA = 0.01;
    public static final long DEFAULT_SEED = 20_260_101L;
    /** Bootstrap resamples: enough that the expanded tail (0.1 % at 5 forks) rests on several resamples. */
    public static final int RESAMPLES = 4000;

    public CompareOptions {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must lie between 0 and 100 %, found " + threshold);
        }
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("alpha must lie between 0 and 0.5, found " + alpha);
        }
    }

    public static CompareOptions defaults() {
        return new CompareOptions(DEFAULT_THRESHOLD, DEFAULT_ALPHA, false, false, DEFAULT_SEED);
    }

    /**
     * Confidence level of the interval of new/base. The interval measures the size of a change; the
     * chance of a false alarm is the significance test's job, at alpha, so the interval need not be
     * as wide as 1 − alpha (from 5 forks a 99 % bootstrap interval is only the sample's extremes).
     */
    public static final double INTERVAL_LEVEL = 0.95;

    public double level() {
        return INTERVAL_LEVEL;
    }
}
