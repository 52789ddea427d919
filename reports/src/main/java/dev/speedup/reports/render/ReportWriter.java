package dev.speedup.reports.render;

import dev.speedup.reports.analysis.Basis;
import dev.speedup.reports.analysis.CaseKey;
import dev.speedup.reports.analysis.CaseResult;
import dev.speedup.reports.analysis.Readings;
import dev.speedup.reports.analysis.RunAnalysis;
import dev.speedup.reports.analysis.SizeFamily;
import dev.speedup.reports.output.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a whole report into one directory: charts, speedup.csv, index.html and summary.md, and
 * returns every file it wrote. One run gives per-case charts; several runs give machine overlays.
 */
public final class ReportWriter {
    private final Path dir;
    // Charts cost a second or so each; past a cap, cases keep their table rows but get no charts.
    private int chartCaseLimit = Integer.MAX_VALUE;
    private int casesWithoutCharts;
    private int familiesWithoutCharts;

    public ReportWriter(Path dir) {
        this.dir = dir;
    }

    /** Draws charts for at most {@code cases} cases and as many size families (the first, in order). */
    public ReportWriter limitChartsTo(int cases) {
        this.chartCaseLimit = cases;
        return this;
    }

    /** After {@link #write}: cases (and size families) left out of the charts by the limit. */
    public int casesWithoutCharts() {
        return casesWithoutCharts;
    }

    public int familiesWithoutCharts() {
        return familiesWithoutCharts;
    }

    public List<Path> write(List<RunAnalysis> runs) throws IOException {
        SafeFiles.createDirectories(dir);
        ReportCharts index;
        try (ChartWriter charts = new ChartWriter(dir.resolve("charts"))) {
            charts.order(
                    strategyOrder(runs),
                    runs.stream()
                            .flatMap(r -> r.cases().stream())
                            .map(CaseResult::baseline)
                            .distinct()
                            .toList());
            index = runs.size() == 1 ? caseCharts(charts, runs.get(0)) : overlays(charts, runs);
            for (RunAnalysis run : runs) {
                String machine = run.run().label();
                familiesWithoutCharts += Math.max(0, run.families().size() - chartCaseLimit);
                for (SizeFamily f : limited(run.families())) {
                    index.addFamily(machine, f.key(), charts.size(f, machine, runs.size() > 1 ? machine : ""));
                }
            }
        }
        List<Path> written = new ArrayList<>();
        index.all().forEach(c -> written.add(c.file()));
        written.add(new SpeedupCsvWriter(dir.resolve("speedup.csv")).write(runs));
        written.add(new HtmlWriter(dir.resolve("index.html"), dir).write(runs, index));
        written.add(new MarkdownWriter(dir.resolve("summary.md")).write(runs));
        return written;
    }

    private <T> List<T> limited(List<T> all) {
        return all.size() <= chartCaseLimit ? all : all.subList(0, chartCaseLimit);
    }

    /** Every strategy of every run, in the order the data lists them. */
    private static List<String> strategyOrder(List<RunAnalysis> runs) {
        Set<String> order = new LinkedHashSet<>();
        runs.forEach(r -> order.addAll(r.strategyOrder()));
        return List.copyOf(order);
    }

    private ReportCharts caseCharts(ChartWriter charts, RunAnalysis run) throws IOException {
        ReportCharts index = new ReportCharts();
        String machine = run.run().label();
        casesWithoutCharts = Math.max(0, run.cases().size() - chartCaseLimit);
        for (CaseResult c : limited(run.cases())) {
            if (c.reading().isSpeedup()) {
                index.addCase(c.key(), charts.speedup(c, machine, companions(run, c)));
                index.addCase(c.key(), charts.efficiency(c, machine));
                index.addCase(c.key(), charts.time(c, machine));
            } else {
                index.addCase(c.key(), charts.quantity(c, machine));
            }
        }
        return index;
    }

    /**
     * Other benchmarks computing the same thing with the same sizes (the lecture's CPython π for
     * PiBenchmark), whose speedup curves are drawn beside this case's. Only for the first benchmark of
     * a group, so each curve appears once.
     */
    private static List<CaseResult> companions(RunAnalysis run, CaseResult c) {
        if (c.reading().singleCoreGroup().isEmpty()) {
            return List.of();
        }
        String group = c.reading().singleCoreGroup().get();
        List<CaseResult> speedupsInGroup = run.cases().stream()
                .filter(o -> o.reading().isSpeedup())
                .filter(o -> o.reading().singleCoreGroup().equals(Optional.of(group)))
                .toList();
        boolean first = speedupsInGroup.stream()
                .map(o -> Readings.rank(o.key()))
                .min(Integer::compare)
                .map(r -> r == Readings.rank(c.key()))
                .orElse(false);
        if (!first) {
            return List.of();
        }
        return speedupsInGroup.stream()
                .filter(o -> !o.key().shortName().equals(c.key().shortName()))
                // Same steps (every param both have): π with 10^6 steps beside π with 10^6 steps.
                .filter(o -> o.key().params().entrySet().stream()
                        .allMatch(e ->
                                Objects.equals(e.getValue(), c.key().params().getOrDefault(e.getKey(), e.getValue()))))
                .toList();
    }

    private ReportCharts overlays(ChartWriter charts, List<RunAnalysis> runs) throws IOException {
        ReportCharts index = new ReportCharts();
        List<CaseKey> keys = caseKeys(runs);
        casesWithoutCharts = Math.max(0, keys.size() - chartCaseLimit);
        for (CaseKey key : limited(keys)) {
            List<ChartWriter.MachineCase> present = new ArrayList<>();
            for (RunAnalysis r : runs) {
                String label = r.run().label() + (r.run().machine().interrupted() ? " (incomplete run)" : "");
                r.find(key).ifPresent(c -> present.add(new ChartWriter.MachineCase(label, c)));
            }
            // One basis per chart: absolute only if every machine has its baseline.
            Basis basis = present.stream().allMatch(m -> m.result().hasBaseline()) ? Basis.ABSOLUTE : Basis.SELF;
            List<ChartWriter.Overlay> kinds = present.get(0).result().reading().isSpeedup()
                    ? List.of(
                            ChartWriter.Overlay.SPEEDUP,
                            ChartWriter.Overlay.EFFICIENCY,
                            ChartWriter.Overlay.NORMALIZED,
                            ChartWriter.Overlay.TIME)
                    : List.of(ChartWriter.Overlay.QUANTITY);
            for (ChartWriter.Overlay kind : kinds) {
                index.addCase(key, charts.overlay(kind, present, basis));
            }
        }
        return index;
    }

    static List<CaseKey> caseKeys(List<RunAnalysis> runs) {
        // The summary's order (the lecture's workloads first, then its lessons), not the alphabet.
        TreeSet<CaseKey> keys = new TreeSet<>(
                java.util.Comparator.comparingInt(Readings::rank).thenComparing(java.util.Comparator.naturalOrder()));
        runs.forEach(r -> r.cases().forEach(c -> keys.add(c.key())));
        return List.copyOf(keys);
    }
}
