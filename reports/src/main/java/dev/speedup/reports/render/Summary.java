package dev.speedup.reports.render;

import dev.speedup.reports.analysis.AmdahlFit;
import dev.speedup.reports.analysis.Basis;
import dev.speedup.reports.analysis.CaseKey;
import dev.speedup.reports.analysis.CaseResult;
import dev.speedup.reports.analysis.Point;
import dev.speedup.reports.analysis.Reading;
import dev.speedup.reports.analysis.Readings;
import dev.speedup.reports.analysis.RunAnalysis;
import dev.speedup.reports.analysis.Series;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The answer a reader ran the benchmarks for, derived from the numbers: per workload (largest size
 * of each case, in the registry's order) the best strategy at the highest core count, by how much,
 * and one sentence of why not more. The page, summary.md and the terminal all start with it.
 */
public final class Summary {
    // Efficiency from which scaling is called good, and below which a bound is looked for.
    private static final double SCALES_WELL = 0.85;
    // A cost within this share of its one-core value is called unchanged.
    private static final double SAME = 0.10;

    private Summary() {}

    public static List<Headline> of(RunAnalysis run) {
        List<Headline> lines = new ArrayList<>();
        run.headlineCases().stream()
                .sorted(Comparator.comparingInt((CaseResult c) -> Readings.rank(c.key()))
                        .thenComparing(CaseResult::key))
                .forEach(c -> lines.add(c.reading().isSpeedup() ? speedup(run, c) : cost(c)));
        return lines;
    }

    private static Headline speedup(RunAnalysis run, CaseResult c) {
        int p = c.maxCores();
        Basis basis = c.basis();
        Optional<Point> best = bestAt(c, p);
        if (best.isEmpty()) {
            return new Headline(c, "no result at " + p + " cores", List.of(), "");
        }
        Point b = best.get();
        double s = b.speedup(basis);
        String answer = who(c, b) + ": " + x(s, b.speedupError(basis)) + " " + basis.description(c.baseline())
                + " (efficiency " + fixed(b.efficiency(basis)) + ")";
        List<String> figures = new ArrayList<>();
        double[] vsBest = c.speedupVsBestSingleCore(b);
        // Worth a line only when another program beat the baseline on one core (a faster loop).
        boolean fasterElsewhere = Double.isFinite(vsBest[0])
                && c.baselineSeries()
                        .flatMap(sb -> sb.at(1))
                        .map(one -> c.secondsPerOp(one.score())
                                > c.bestSingleCore().orElseThrow().seconds())
                        .orElse(true);
        if (fasterElsewhere) {
            figures.add(x(vsBest[0], vsBest[1]) + " vs the fastest single core ("
                    + c.bestSingleCore().orElseThrow().source() + ")");
        }
        Optional<AmdahlFit> fit = series(c, b).fit().filter(f -> f.caveat().isEmpty());
        fit.ifPresent(f -> figures.add("Amdahl ceiling " + sig(f.ceiling()) + "× (serial fraction "
                + String.format(Locale.ROOT, "%.3f", f.serialFraction()) + ", R² "
                + String.format(Locale.ROOT, "%.2f", f.rSquared()) + ")"));
        return new Headline(c, answer, figures, why(run, c, b, fasterElsewhere ? vsBest[0] : Double.NaN, fit));
    }

    private static String why(RunAnalysis run, CaseResult c, Point b, double vsBest, Optional<AmdahlFit> fit) {
        Basis basis = c.basis();
        int p = b.cores();
        double s = b.speedup(basis);
        double e = b.efficiency(basis);
        if (c.cores().size() == 1) {
            return "only " + cores(p) + " measured: this run cannot show scaling";
        }
        if (s < 1 && basis == Basis.SELF) {
            // Self-relative (lock scope, or no baseline run): the same code got slower with more cores.
            return "slower on " + cores(p) + " than on 1: contention or overhead outweighs the parallel part";
        }
        if (s < 1) {
            return "too little work per element: no strategy beats " + c.baseline() + " on " + cores(p)
                    + breakEven(run, c);
        }
        Optional<Double> ceiling = ceiling(run, c, p);
        if (ceiling.isPresent() && e < SCALES_WELL && s <= ceiling.get() * 1.25) {
            return "memory-bound: " + c.reading().workload() + " stops at the "
                    + c.reading().ceiling().orElseThrow() + " ceiling; copying alone gets "
                    + fixed(ceiling.get()) + "× at " + cores(p);
        }
        if (Double.isFinite(vsBest) && vsBest < 1) {
            return cores(p) + " running " + label(c, b) + " lose to one core running "
                    + c.bestSingleCore().orElseThrow().source() + " (" + fixed(vsBest) + "×)";
        }
        if (e >= SCALES_WELL) {
            return "scales: " + Math.round(e * 100) + " % of each added core turns into speed";
        }
        if (fit.isPresent()) {
            return "a serial part of " + Math.round(fit.get().serialFraction() * 100) + " % of the work caps it at "
                    + sig(fit.get().ceiling()) + "× on any number of cores";
        }
        double first = b.karpFlatt(basis);
        return "overhead or a serial part costs " + Math.round((1 - e) * 100) + " % of each core"
                + (Double.isFinite(first) ? " (Karp–Flatt serial fraction " + fixed(first) + ")" : "");
    }

    /** The scaling of the benchmark that bounds this one (arraycopy's bandwidth at p over at 1 core). */
    private static Optional<Double> ceiling(RunAnalysis run, CaseResult c, int p) {
        if (c.reading().ceiling().isEmpty()) {
            return Optional.empty();
        }
        String bound = c.reading().ceiling().get();
        return run.cases().stream()
                .filter(o -> o.key().shortName().equals(bound))
                .filter(o -> o.key().params().entrySet().stream()
                        .allMatch(e -> e.getValue().equals(c.key().params().getOrDefault(e.getKey(), e.getValue()))))
                .findFirst()
                .flatMap(o -> o.series().stream().findFirst())
                .flatMap(s -> s.at(1).flatMap(one -> s.at(p).map(at -> one.score() / at.score())));
    }

    private static String breakEven(RunAnalysis run, CaseResult c) {
        return run.families().stream()
                .filter(f -> f.cases().contains(c))
                .findFirst()
                .map(f -> f.breakEvens().stream()
                        .flatMap(be -> be.size().stream())
                        .min(CaseKey::compareValues)
                        .map(size -> " below " + f.sizeParam() + " = " + size)
                        .orElse(" at any measured " + f.sizeParam() + " up to " + f.sizeOf(f.largest())))
                .orElse(" at " + c.key().paramText());
    }

    private static Headline cost(CaseResult c) {
        Reading r = c.reading();
        int p = c.maxCores();
        Optional<Point> best = bestAt(c, p);
        if (best.isEmpty()) {
            return new Headline(c, "no result at " + p + " cores", List.of(), "");
        }
        Point b = best.get();
        String answer = r.quantity() + " " + Fmt.sig(c.quantity(b), 3) + " " + r.unit() + " on " + cores(p)
                + (c.series().size() > 1
                        ? " (" + label(c, b) + (r.higherIsBetter() ? ", the fastest)" : ", the cheapest)")
                        : "");
        Optional<Point> one = series(c, b).at(1);
        String why = "";
        if (one.isPresent() && p > 1) {
            double ratio = c.quantity(b) / c.quantity(one.get());
            boolean same = Math.abs(ratio - 1) < SAME;
            why = same
                    ? "about the same on " + cores(p) + " as on 1 core (" + fixed(ratio) + "×)"
                    : r.quantity() + " on " + cores(p) + " is " + fixed(ratio) + "× that on 1 core"
                            + (r.higherIsBetter() == ratio > 1 ? "" : ": adding cores makes it worse");
        }
        // A cost measured on one core only (a single-core kernel, a start-up time) needs no reason.
        return new Headline(c, answer, List.of(), why);
    }

    /** The fastest point at {@code cores} (Analyzer's ranking). */
    private static Optional<Point> bestAt(CaseResult c, int cores) {
        return c.best().stream()
                .filter(b -> b.cores() == cores)
                .findFirst()
                .flatMap(b -> c.series().stream()
                        .filter(s -> s.label().equals(b.strategy()))
                        .findFirst())
                .flatMap(s -> s.at(cores));
    }

    private static Series series(CaseResult c, Point p) {
        return c.series().stream()
                .filter(s -> s.points().contains(p))
                .findFirst()
                .orElseThrow();
    }

    private static String label(CaseResult c, Point p) {
        return series(c, p).label();
    }

    /** "EXECUTOR on 2 cores", or "on 2 cores" for a benchmark without strategies. */
    private static String who(CaseResult c, Point p) {
        return (series(c, p).strategy().isEmpty() ? "" : label(c, p) + " ") + "on " + cores(p.cores());
    }

    private static String cores(int p) {
        return p + (p == 1 ? " core" : " cores");
    }

    private static String x(double s, double error) {
        // The baseline against itself has error 0 by definition: no "± 0.00".
        return Fmt.fixed2(s) + (Double.isFinite(error) && error > 0 ? " ± " + Fmt.fixed2(error) : "") + "×";
    }

    private static String fixed(double v) {
        return Fmt.fixed2(v);
    }

    private static String sig(double v) {
        return Fmt.sig(v, 3);
    }
}
