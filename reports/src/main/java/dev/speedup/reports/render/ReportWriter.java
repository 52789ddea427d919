package dev.speedup.reports.render;

import dev.speedup.reports.analysis.Basis;
import dev.speedup.reports.analysis.CaseKey;
import dev.speedup.reports.analysis.CaseResult;
import dev.speedup.reports.analysis.RunAnalysis;
import dev.speedup.reports.analysis.Series;
import dev.speedup.reports.analysis.SizeFamily;
import dev.speedup.reports.output.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
            index = runs.size() == 1 ? caseCharts(charts, runs.get(0)) : overlays(charts, runs);
            for (RunAnalysis run : runs) {
                String machine = run.run().label();
                familiesWithoutCharts += Math.max(0, run.families().size() - chartCaseLimit);
                for (SizeFamily f : limited(run.families())) {
                    index.addFamily(
                            machine, f.key(), charts.size(f, machine, run.baseline(), runs.size() > 1 ? machine : ""));
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

    private ReportCharts caseCharts(ChartWriter charts, RunAnalysis run) throws IOException {
        ReportCharts index = new ReportCharts();
        String machine = run.run().label();
        casesWithoutCharts = Math.max(0, run.cases().size() - chartCaseLimit);
        for (CaseResult c : limited(run.cases())) {
            index.addCase(c.key(), charts.speedup(c, machine));
            index.addCase(c.key(), charts.efficiency(c, machine));
            index.addCase(c.key(), charts.time(c, machine));
        }
        return index;
    }

    private ReportCharts overlays(ChartWriter charts, List<RunAnalysis> runs) throws IOException {
        ReportCharts index = new ReportCharts();
        List<CaseKey> keys = caseKeys(runs);
        casesWithoutCharts = Math.max(0, keys.size() - chartCaseLimit);
        for (CaseKey key : limited(keys)) {
            List<CaseResult> present = new ArrayList<>();
            runs.forEach(r -> r.find(key).ifPresent(present::add));
            // One basis per chart: absolute only if every machine has its SERIAL baseline.
            Basis basis = present.stream().allMatch(CaseResult::hasBaseline) ? Basis.ABSOLUTE : Basis.SELF;
            Set<String> strategies = new LinkedHashSet<>();
            present.forEach(c -> c.series().forEach(s -> strategies.add(s.strategy())));
            for (String strategy : strategies) {
                Map<String, Series> byMachine = new LinkedHashMap<>();
                String label = strategy;
                for (RunAnalysis r : runs) {
                    Optional<Series> s = r.find(key).flatMap(c -> c.series(strategy));
                    if (s.isPresent()) {
                        byMachine.put(
                                r.run().label() + (r.run().machine().interrupted() ? " (incomplete run)" : ""),
                                s.get());
                        label = s.get().label();
                    }
                }
                index.addCase(key, charts.overlay(present.get(0), label, byMachine, basis));
            }
        }
        return index;
    }

    static List<CaseKey> caseKeys(List<RunAnalysis> runs) {
        TreeSet<CaseKey> keys = new TreeSet<>();
        runs.forEach(r -> r.cases().forEach(c -> keys.add(c.key())));
        return List.copyOf(keys);
    }
}
