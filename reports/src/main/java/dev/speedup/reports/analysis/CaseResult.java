package dev.speedup.reports.analysis;

import dev.speedup.reports.read.Units;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A case analysed: its series, the unit its scores are in, how its benchmark is read, its baseline
 * strategy (the one source of that label), whether it had that baseline at one core, the fastest
 * single-core time of the same computation when the run measured one, and the warnings a reader
 * must see beside it.
 */
public record CaseResult(
        CaseKey key,
        String unit,
        Reading reading,
        String baseline,
        boolean hasBaseline,
        List<Series> series,
        List<Best> best,
        Optional<SingleCore> bestSingleCore,
        List<String> warnings) {

    public CaseResult {
        series = List.copyOf(series);
        best = List.copyOf(best);
        warnings = List.copyOf(warnings);
    }

    /** Absolute speedup when the baseline exists, otherwise self-relative (and labelled so). */
    public Basis basis() {
        return hasBaseline ? Basis.ABSOLUTE : Basis.SELF;
    }

    public List<Integer> cores() {
        TreeSet<Integer> all = new TreeSet<>();
        series.forEach(s -> s.points().forEach(p -> all.add(p.cores())));
        return List.copyOf(all);
    }

    public int maxCores() {
        List<Integer> cores = cores();
        return cores.get(cores.size() - 1);
    }

    public Optional<Series> series(String strategy) {
        return series.stream().filter(s -> s.strategy().equals(strategy)).findFirst();
    }

    /** The baseline strategy's series, matched ignoring case as the analyzer matches it. */
    public Optional<Series> baselineSeries() {
        return series.stream()
                .filter(s -> s.strategy().equalsIgnoreCase(baseline))
                .findFirst();
    }

    /** The point's score in the reading's own quantity (µs per dispatch, GB/s, ...). */
    public double quantity(Point p) {
        return reading.convert().apply(secondsPerOp(p.score()), key.params());
    }

    /** The error of {@link #quantity}: the same relative error as the score. */
    public double quantityError(Point p) {
        return Math.abs(quantity(p)) * p.error() / p.score();
    }

    /** A score of this case in seconds per operation (throughput inverted). */
    public double secondsPerOp(double score) {
        return Units.secondsPerOp(key.mode(), unit, score);
    }

    /** Speedup of {@code p} over the fastest single core, {S, error}; NaN when the run had none. */
    public double[] speedupVsBestSingleCore(Point p) {
        if (bestSingleCore.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        SingleCore b = bestSingleCore.get();
        double t = secondsPerOp(p.score());
        double s = b.seconds() / t;
        return new double[] {s, s * Math.hypot(b.error() / b.seconds(), p.error() / p.score())};
    }
}
