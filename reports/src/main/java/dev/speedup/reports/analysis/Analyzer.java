package dev.speedup.reports.analysis;

import dev.speedup.reports.read.BadInputException;
import dev.speedup.reports.read.JmhRow;
import dev.speedup.reports.read.Run;
import dev.speedup.reports.read.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a run's rows into cases with speedup, efficiency, Karp–Flatt and Amdahl fits. */
public final class Analyzer {
    // Without an error from JMH (one fork), a one-core point this much faster than the baseline is flagged.
    private static final double UNSTEADY_WITHOUT_ERROR = 0.10;

    private final AnalysisOptions options;

    public Analyzer(AnalysisOptions options) {
        this.options = options;
    }

    public RunAnalysis analyze(Run run) {
        options.cores().check(run);
        List<String> warnings = new ArrayList<>();
        if (run.machine().interrupted()) {
            warnings.add("the run was interrupted (machine.properties: interrupted=true): results are" + " incomplete");
        }
        Map<CaseKey, Map<String, Map<Integer, JmhRow>>> grouped = new HashMap<>();
        List<JmhRow> secondary = new ArrayList<>();
        Map<java.nio.file.Path, Integer> mismatched = new LinkedHashMap<>();
        // Strategies in the order the data lists them (JMH runs an enum param in declaration order).
        LinkedHashSet<String> strategyOrder = new LinkedHashSet<>();
        // One warning for all duplicates: a file of copies must not print a line per row.
        int duplicates = 0;
        String firstDuplicate = "";
        for (JmhRow row : run.rows()) {
            if (!row.primary()) {
                secondary.add(row);
                continue;
            }
            int cores = options.cores().coresOf(row);
            int fileCores = Run.coresOfFile(row.file()).orElse(cores);
            if (fileCores != cores && !options.cores().fromThreads()) {
                mismatched.merge(row.file(), 1, Integer::sum);
            }
            String strategy = row.param(AnalysisOptions.STRATEGY_PARAM).orElse("");
            strategyOrder.add(strategy);
            CaseKey key = caseOf(row);
            Map<Integer, JmhRow> byCores =
                    grouped.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(strategy, k -> new TreeMap<>());
            JmhRow previous = byCores.get(cores);
            if (previous == null || prefer(row, previous, cores)) {
                byCores.put(cores, row);
            }
            if (previous != null && duplicates++ == 0) {
                JmhRow kept = byCores.get(cores);
                firstDuplicate = key.title() + " " + strategy + " at " + cores + " cores (" + previous.where() + ", "
                        + row.where() + "; using " + kept.where() + ")";
            }
        }
        if (duplicates > 0) {
            warnings.add(duplicates + (duplicates == 1 ? " duplicate result" : " duplicate results")
                    + " for a case, strategy and core count already seen; the first: " + firstDuplicate
                    + "; of two, the row from the file measured on that many CPUs is used, else the first");
        }
        if (grouped.isEmpty()) {
            throw BadInputException.at(
                    run.source(),
                    0,
                    "no benchmark results: the CSV files hold a" + " header but no primary result rows");
        }
        // A core count that differs from the CPUs the file was measured on is not a core sweep.
        mismatched.forEach((file, n) -> warnings.add(file.getFileName() + ": " + n + (n == 1 ? " row" : " rows")
                + " with a core count other than the " + Run.coresOfFile(file).getAsInt()
                + " CPUs this file was measured on; those points do not show scaling with cores"));
        List<CaseResult> cases = new ArrayList<>();
        // Sorted once at the end: comparing param maps on every insert is the slow part of big files.
        List<String> order = List.copyOf(strategyOrder);
        Map<String, SingleCore> singleCores = singleCores(grouped);
        grouped.keySet().stream()
                .sorted()
                .forEach(key -> cases.add(analyzeCase(key, grouped.get(key), order, singleCores)));
        warnMissingBaseline(cases, warnings);
        return new RunAnalysis(run, options.baseline(), order, cases, families(cases), secondary, warnings);
    }

    private CaseKey caseOf(JmhRow row) {
        Map<String, String> params = new LinkedHashMap<>(row.params());
        params.remove(AnalysisOptions.STRATEGY_PARAM);
        options.cores().axisParam().ifPresent(params::remove);
        return new CaseKey(row.benchmark(), row.mode(), options.cores().fromThreads() ? 0 : row.threads(), params);
    }

    /** Of two rows for one point, the one from the file measured on that many CPUs wins. */
    private static boolean prefer(JmhRow candidate, JmhRow previous, int cores) {
        boolean candidateMatches = Run.coresOfFile(candidate.file()).orElse(-1) == cores;
        boolean previousMatches = Run.coresOfFile(previous.file()).orElse(-1) == cores;
        return candidateMatches && !previousMatches;
    }

    private String baselineOf(Reading reading) {
        return reading.baseline().orElse(options.baseline());
    }

    /**
     * The fastest one-core time of each computation that several benchmarks measure (π with given
     * steps by KernelBenchmark's loops or by SERIAL with each {@code loop}), keyed by {@link #groupKey}.
     */
    private Map<String, SingleCore> singleCores(Map<CaseKey, Map<String, Map<Integer, JmhRow>>> grouped) {
        Map<String, SingleCore> best = new HashMap<>();
        grouped.keySet().stream().sorted().forEach(key -> {
            Reading reading = Readings.of(key);
            if (reading.singleCoreGroup().isEmpty()) {
                return;
            }
            String baseline = baselineOf(reading);
            grouped.get(key).forEach((strategy, byCores) -> {
                JmhRow row = byCores.get(1);
                // Only a single-core program counts: the baseline strategy, or a benchmark without strategies.
                if (row == null || !(strategy.isEmpty() || strategy.equalsIgnoreCase(baseline))) {
                    return;
                }
                double seconds = Units.secondsPerOp(row.mode(), row.unit(), row.score());
                double error = seconds * row.error() / row.score();
                String source = (key.title() + " " + strategy).trim();
                SingleCore candidate = new SingleCore(source, seconds, error);
                best.merge(groupKey(key, reading), candidate, (a, b) -> b.seconds() < a.seconds() ? b : a);
            });
        });
        return best;
    }

    /** Group and size: π with 10^6 steps competes only with π with 10^6 steps. */
    private String groupKey(CaseKey key, Reading reading) {
        StringBuilder sb = new StringBuilder(reading.singleCoreGroup().orElse(""));
        for (String size : options.sizeParams()) {
            sb.append('\u0000').append(size).append('=').append(key.params().getOrDefault(size, ""));
        }
        return sb.toString();
    }

    private CaseResult analyzeCase(
            CaseKey key,
            Map<String, Map<Integer, JmhRow>> strategies,
            List<String> strategyOrder,
            Map<String, SingleCore> singleCores) {
        Reading reading = Readings.of(key);
        String baselineName = baselineOf(reading);
        String unit = commonUnit(strategies);
        double unitToBase = Units.toBase(key.mode(), unit).orElseThrow();
        Function<JmhRow, Double> scale = r -> Units.toBase(r.mode(), r.unit()).orElseThrow() / unitToBase;
        Optional<JmhRow> baseline = strategies.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(baselineName))
                .map(e -> e.getValue().get(1))
                .filter(r -> r != null)
                .findFirst();
        boolean higher = key.mode().higherIsBetter();
        Basis basis = baseline.isPresent() ? Basis.ABSOLUTE : Basis.SELF;
        List<Series> series = new ArrayList<>();
        for (String strategy : order(strategies.keySet(), strategyOrder, baselineName)) {
            Map<Integer, JmhRow> byCores = strategies.get(strategy);
            JmhRow self1 = byCores.get(1);
            List<Point> points = new ArrayList<>();
            byCores.forEach((cores, row) -> {
                double f = scale.apply(row);
                double score = row.score() * f;
                double error = row.error() * f;
                double[] abs = baseline.map(b -> row == b
                                ? new double[] {1, 0}
                                : speedup(higher, b.score() * scale.apply(b), b.error() * scale.apply(b), score, error))
                        .orElse(new double[] {Double.NaN, Double.NaN});
                double[] self = self1 == null
                        ? new double[] {Double.NaN, Double.NaN}
                        : row == self1
                                ? new double[] {1, 0}
                                : speedup(higher, self1.score() * f, self1.error() * f, score, error);
                points.add(new Point(strategy, cores, score, error, abs[0], abs[1], self[0], self[1], row));
            });
            String label = strategy.isEmpty() ? key.method() : strategy;
            series.add(new Series(strategy, label, points, AmdahlFit.of(points, basis)));
        }
        Optional<SingleCore> single = reading.singleCoreGroup().isPresent()
                ? Optional.ofNullable(singleCores.get(groupKey(key, reading)))
                : Optional.empty();
        return new CaseResult(
                key,
                unit,
                reading,
                baselineName,
                baseline.isPresent(),
                series,
                best(series, higher),
                single,
                caseWarnings(series, baselineName, basis, reading));
    }

    /**
     * What the reader of this case must see beside it: a point above the ideal line, a one-core
     * strategy faster than the baseline by more than the error (the baseline is not steady), and
     * core counts a strategy lacks.
     */
    private static List<String> caseWarnings(List<Series> series, String baseline, Basis basis, Reading reading) {
        List<String> warnings = new ArrayList<>();
        TreeSet<Integer> all = new TreeSet<>();
        series.forEach(s -> s.points().forEach(p -> all.add(p.cores())));
        for (Series s : series) {
            for (Point p : s.points()) {
                double sp = p.speedup(basis);
                double err = Double.isFinite(p.speedupError(basis)) ? p.speedupError(basis) : 0;
                if (reading.isSpeedup() && p.cores() > 1 && sp - err > p.cores()) {
                    warnings.add(s.label() + " at " + p.cores() + " cores: speedup "
                            + String.format(Locale.ROOT, "%.2f", sp)
                            + " lies above the ideal S = p (caches, or a baseline that is not steady)");
                }
                boolean knownError = Double.isFinite(p.speedupError());
                double margin = knownError ? p.speedupError() : UNSTEADY_WITHOUT_ERROR;
                if (p.cores() == 1 && !s.strategy().equalsIgnoreCase(baseline) && p.speedup() > 1 + margin) {
                    warnings.add(s.label() + " on 1 core is " + String.format(Locale.ROOT, "%.2f", p.speedup())
                            + "× as fast as " + baseline + " on 1 core, more than "
                            + (knownError ? "its error" : "10 % (JMH gave no error)")
                            + ": the baseline is not steady, so every speedup here is uncertain");
                }
            }
            List<Integer> missing = all.stream().filter(c -> s.at(c).isEmpty()).toList();
            // The baseline is a one-core program: measured at 1 core only, by design.
            boolean oneCoreBaseline =
                    s.strategy().equalsIgnoreCase(baseline) && s.at(1).isPresent();
            if (!missing.isEmpty() && !oneCoreBaseline) {
                warnings.add(s.label() + " has no result at "
                        + missing.stream()
                                .map(c -> c + (c == 1 ? " core" : " cores"))
                                .collect(Collectors.joining(", ")));
            }
        }
        return warnings;
    }

    /**
     * Speedup of {@code score} over {@code base} with JMH's errors propagated: relative errors add
     * in quadrature, and a NaN error stays NaN (unknown, not zero).
     */
    static double[] speedup(boolean higherIsBetter, double base, double baseError, double score, double error) {
        double s = higherIsBetter ? score / base : base / score;
        double relative = Math.hypot(baseError / base, error / score);
        return new double[] {s, s * relative};
    }

    private static String commonUnit(Map<String, Map<Integer, JmhRow>> strategies) {
        // The unit most rows were written in, so the numbers look like the ones JMH printed; on a tie
        // the unit of the fewest-core row (the baseline's) wins, as a reader compares against it.
        Map<String, Long> counts = strategies.values().stream()
                .flatMap(m -> m.entrySet().stream())
                .sorted(Map.Entry.comparingByKey())
                .collect(Collectors.groupingBy(e -> e.getValue().unit(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    /** The baseline first, then the order the data lists strategies in. */
    private static List<String> order(java.util.Set<String> strategies, List<String> dataOrder, String baseline) {
        return strategies.stream()
                .sorted(Comparator.comparing((String s) -> !s.equalsIgnoreCase(baseline))
                        .thenComparingInt(s -> dataOrder.contains(s) ? dataOrder.indexOf(s) : dataOrder.size())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static List<Best> best(List<Series> series, boolean higherIsBetter) {
        Map<Integer, List<Point>> byCores = new TreeMap<>();
        series.forEach(s -> s.points().forEach(p -> byCores.computeIfAbsent(p.cores(), k -> new ArrayList<>())
                .add(p)));
        List<Best> best = new ArrayList<>();
        byCores.forEach((cores, points) -> {
            List<Point> ranked = points.stream()
                    .filter(p -> Double.isFinite(p.score()))
                    .sorted(Comparator.comparingDouble((Point p) -> higherIsBetter ? -p.score() : p.score()))
                    .toList();
            if (ranked.isEmpty()) {
                return;
            }
            Point first = ranked.get(0);
            String runnerUp = ranked.size() > 1 ? ranked.get(1).strategy() : "";
            boolean tie = ranked.size() > 1
                    && Math.abs(first.score() - ranked.get(1).score())
                            <= first.error() + ranked.get(1).error();
            best.add(
                    new Best(cores, label(series, first), runnerUp.isEmpty() ? "" : label(series, ranked.get(1)), tie));
        });
        return best;
    }

    private static String label(List<Series> series, Point p) {
        return series.stream()
                .filter(s -> s.points().contains(p))
                .findFirst()
                .orElseThrow()
                .label();
    }

    private void warnMissingBaseline(List<CaseResult> cases, List<String> warnings) {
        // A benchmark without a strategy param (a lock, a queue, a barrier) has nothing to compare with
        // SERIAL: self-relative speedup is its only reading, not a fallback worth a warning.
        Map<String, Long> missing = cases.stream()
                .filter(c -> !c.hasBaseline())
                .filter(c -> c.reading().isSpeedup())
                .filter(c -> c.series().stream().anyMatch(s -> !s.strategy().isEmpty()))
                .collect(Collectors.groupingBy(
                        c -> c.key().shortName() + "\u0000" + c.baseline(), TreeMap::new, Collectors.counting()));
        missing.forEach((benchAndBaseline, n) -> {
            String[] parts = benchAndBaseline.split("\u0000", 2);
            warnings.add(parts[0] + " (" + n + (n == 1 ? " case" : " cases") + "): no " + parts[1]
                    + " result at 1 core, so absolute speedup is n/a; self-relative speedup is shown instead");
        });
    }

    private List<SizeFamily> families(List<CaseResult> cases) {
        Map<CaseKey, List<CaseResult>> groups = new LinkedHashMap<>();
        Map<CaseKey, String> sizeParamOf = new HashMap<>();
        for (CaseResult c : cases) {
            for (String size : options.sizeParams()) {
                String value = c.key().params().get(size);
                if (value != null && CaseKey.numberOrNull(value) != null) {
                    CaseKey family = c.key().without(size);
                    groups.computeIfAbsent(family, k -> new ArrayList<>()).add(c);
                    sizeParamOf.put(family, size);
                    break;
                }
            }
        }
        List<SizeFamily> families = new ArrayList<>();
        groups.forEach((family, members) -> {
            if (members.size() < 2) {
                return;
            }
            String size = sizeParamOf.get(family);
            List<CaseResult> sorted = members.stream()
                    .sorted(Comparator.comparing(
                            (CaseResult c) -> c.key().params().get(size), CaseKey::compareValues))
                    .toList();
            families.add(new SizeFamily(family, size, sorted, breakEvens(sorted, size)));
        });
        return families;
    }

    private List<BreakEven> breakEvens(List<CaseResult> sizes, String sizeParam) {
        List<String> strategies = new ArrayList<>();
        sizes.forEach(c -> c.series().forEach(s -> {
            if (!strategies.contains(s.strategy()) && !s.strategy().equalsIgnoreCase(c.baseline())) {
                strategies.add(s.strategy());
            }
        }));
        List<BreakEven> result = new ArrayList<>();
        for (String strategy : strategies) {
            int cores = sizes.stream()
                    .flatMap(c -> c.series(strategy).stream())
                    .mapToInt(Series::maxCores)
                    .max()
                    .orElse(1);
            // Walk down from the largest size while the strategy still wins; the last win is break-even.
            Optional<String> breakEven = Optional.empty();
            String largest = null;
            for (int i = sizes.size() - 1; i >= 0; i--) {
                CaseResult c = sizes.get(i);
                Optional<Point> p = c.series(strategy).flatMap(s -> s.at(cores));
                if (!c.hasBaseline() || p.isEmpty()) {
                    continue;
                }
                String size = c.key().params().get(sizeParam);
                largest = largest == null ? size : largest;
                if (p.get().speedup() > 1) {
                    breakEven = Optional.of(size);
                } else {
                    break;
                }
            }
            if (largest != null) {
                result.add(new BreakEven(
                        sizes.get(0).series(strategy).map(Series::label).orElse(strategy), cores, breakEven, largest));
            }
        }
        return result;
    }
}
