package dev.speedup.reports.compare;

import java.util.Arrays;

/**
 * One side of a compared row, in seconds per op (larger = slower, whatever the JMH mode): the mean of
 * each fork when the raw samples are known, or only a mean with the standard error recovered from
 * JMH's error bar when the source was a CSV ({@link #fromSummary()}, which makes a verdict approximate).
 */
public record Sample(double[] forks, Stats.LogSummary log, boolean fromSummary) {
    public Sample {
        forks = forks.clone();
    }

    public static Sample ofForks(double[] forkTimes) {
        return new Sample(forkTimes, Stats.LogSummary.of(forkTimes), false);
    }

    /**
     * From a mean and a standard error on the same scale (a CSV row); on logs the standard error
     * becomes relative. {@code degreesOfFreedom} is JMH's sample count less one.
     */
    public static Sample ofSummary(double mean, double standardError, double degreesOfFreedom) {
        return new Sample(
                new double[] {mean},
                new Stats.LogSummary(Math.log(mean), standardError / mean, degreesOfFreedom),
                true);
    }

    public int size() {
        return forks.length;
    }

    public double mean() {
        return fromSummary ? forks[0] : Stats.mean(forks);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample s
                && Arrays.equals(forks, s.forks)
                && log.equals(s.log)
                && fromSummary == s.fromSummary;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(forks) * 31 + log.hashCode();
    }

    @Override
    public String toString() {
        return fromSummary ? "mean " + forks[0] + " (summary)" : Arrays.toString(forks);
    }
}
