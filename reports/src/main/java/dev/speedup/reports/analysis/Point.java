package dev.speedup.reports.analysis;

import dev.speedup.reports.read.JmhRow;

/**
 * One strategy at one core count. Scores are in the case's unit; every derived value is
 * {@code NaN} when it cannot be known (no SERIAL baseline, no 1-core point, a NaN error).
 */
public record Point(
        String strategy,
        int cores,
        double score,
        double error,
        double speedup,
        double speedupError,
        double selfSpeedup,
        double selfSpeedupError,
        JmhRow row) {

    /**
     * Each fork's mean, in this point's unit: the independent samples behind {@link #score}
     * (empty when the input had no raw samples, as a CSV has none).
     */
    public java.util.List<Double> forkScores() {
        double scale = score / row.score();
        return row.forkMeans().stream().map(m -> m * scale).toList();
    }

    /** Speedup on the given basis. */
    public double speedup(Basis basis) {
        return basis == Basis.ABSOLUTE ? speedup : selfSpeedup;
    }

    public double speedupError(Basis basis) {
        return basis == Basis.ABSOLUTE ? speedupError : selfSpeedupError;
    }

    /** S/p: the share of each added core that turns into speed. */
    public double efficiency(Basis basis) {
        return speedup(basis) / cores;
    }

    public double efficiencyError(Basis basis) {
        return speedupError(basis) / cores;
    }

    /** Karp–Flatt e(p) = (1/S − 1/p)/(1 − 1/p): the serial fraction this one measurement implies. */
    public double karpFlatt(Basis basis) {
        return karpFlatt(speedup(basis), cores);
    }

    /** Karp–Flatt of a speedup at {@code cores}; NaN at one core or fewer. */
    public static double karpFlatt(double speedup, int cores) {
        if (cores <= 1) {
            return Double.NaN;
        }
        double p = cores;
        return (1 / speedup - 1 / p) / (1 - 1 / p);
    }
}
