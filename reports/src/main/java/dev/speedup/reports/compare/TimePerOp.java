package dev.speedup.reports.compare;

import dev.speedup.reports.read.JmhRow;
import dev.speedup.reports.read.Units;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Turns a JMH row into a {@link Sample} in seconds per op, whatever its mode: throughput is
 * inverted, so larger always means slower and one rule decides every row.
 */
final class TimePerOp {
    /** JMH's error bar is the half-width of a 99.9 % Student interval. */
    private static final double JMH_CONFIDENCE = 0.999;

    private TimePerOp() {}

    static double of(JmhRow row, double score) {
        return Units.secondsPerOp(row.mode(), row.unit(), score);
    }

    static Sample sample(JmhRow row) {
        if (!row.forks().isEmpty()) {
            return Sample.ofForks(
                    row.forkMeans().stream().mapToDouble(m -> of(row, m)).toArray());
        }
        double mean = of(row, row.score());
        long n = row.samples();
        double relative = Double.NaN;
        if (n >= 2 && !Double.isNaN(row.error())) {
            double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - JMH_CONFIDENCE) / 2);
            relative = row.error() / t / row.score();
        }
        return Sample.ofSummary(mean, mean * relative, Math.max(0, n - 1));
    }
}
