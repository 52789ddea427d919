package dev.speedup.reports.render;

import static dev.speedup.reports.render.Escape.html;

import dev.speedup.reports.analysis.Basis;
import dev.speedup.reports.analysis.Best;
import dev.speedup.reports.analysis.BreakEven;
import dev.speedup.reports.analysis.CaseKey;
import dev.speedup.reports.analysis.CaseResult;
import dev.speedup.reports.analysis.Point;
import dev.speedup.reports.analysis.RunAnalysis;
import dev.speedup.reports.analysis.Series;
import dev.speedup.reports.analysis.SizeFamily;
import dev.speedup.reports.output.SafeFiles;
import dev.speedup.reports.read.JmhRow;
import dev.speedup.reports.read.MachineInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes {@code index.html}: machines, every chart (PNG files in {@code charts/} beside it), tables
 * of speedup ± error, efficiency and Karp–Flatt, Amdahl fits, best strategies and break-even sizes.
 * Every string from a CSV or properties file goes through {@link Escape#html}.
 */
public final class HtmlWriter {
    private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;\
      max-width:1100px;padding:0 1rem;color:#222;line-height:1.45}
      h1{margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
      h3{margin-top:1.5rem}
      table{border-collapse:collapse;margin:.6rem 0 1rem;font-size:.9rem}
      th,td{border:1px solid #ddd;padding:.25rem .6rem;text-align:right;vertical-align:top}
      th{background:#f4f4f4}td.l,th.l{text-align:left}
      .warn{background:#fff4e5;border-left:4px solid #f0a020;padding:.6rem 1rem}
      .bad{background:#fdecea;border-left:4px solid #d62728;padding:.6rem 1rem;font-weight:bold}
      .muted{color:#666;font-size:.9rem}
      img{max-width:100%;height:auto;border:1px solid #eee;margin:.4rem 0}
      code{background:#f4f4f4;padding:0 .2rem}
      nav ul{columns:2}
      table.summary td{font-size:.95rem}table.summary td:first-child{width:16rem}
      .flag{color:#a05a00;font-weight:bold}
      """;

    private final Path file;
    private final Path reportDir;

    public HtmlWriter(Path file, Path reportDir) {
        this.file = file;
        this.reportDir = reportDir.toAbsolutePath().normalize();
    }

    public Path write(List<RunAnalysis> runs, ReportCharts charts) throws IOException {
        return SafeFiles.writeText(file, out -> page(out, runs, charts));
    }

    /** The page, written out after each case: a run of 100 000 cases must not be one string. */
    private void page(SafeFiles.Text out, List<RunAnalysis> runs, ReportCharts charts) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        String machines = runs.stream().map(r -> r.run().label()).collect(Collectors.joining(", "));
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Speedup report: ")
                .append(html(machines))
                .append("</title>\n")
                .append("<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n")
                .append("<h1>Speedup report</h1>\n<p class=\"muted\">")
                .append(runs.size() == 1 ? "Run " : "Comparison of runs ")
                .append(html(runs.stream().map(r -> r.run().source().toString()).collect(Collectors.joining(", "))))
                .append("</p>\n");
        for (RunAnalysis r : runs) {
            String machine = r.run().machine().summary();
            h.append("<p class=\"muted\"><strong>")
                    .append(html(r.run().label()))
                    .append("</strong>")
                    .append(machine.isEmpty() ? "" : ": " + html(machine))
                    .append("</p>\n");
        }
        for (RunAnalysis r : runs) {
            if (r.run().machine().interrupted()) {
                h.append("<p class=\"bad\">Incomplete run: ")
                        .append(html(r.run().label()))
                        .append(" was interrupted before it finished; missing core counts or cases are not"
                                + " results.</p>\n");
            }
        }
        List<CaseKey> keys = ReportWriter.caseKeys(runs);
        summary(h, runs, keys);
        machines(h, runs);
        notes(h, runs);
        howToRead(h);
        contents(h, runs, keys);
        int n = 0;
        for (CaseKey key : keys) {
            caseSection(h, runs, key, charts, n++);
            out.drain(h);
        }
        families(h, runs, charts);
        secondary(h, runs);
        h.append("<p class=\"muted\">Written by speedup reports from JMH CSV files.</p>\n")
                .append("</body>\n</html>\n");
        out.drain(h);
    }

    /**
     * The answer first: per workload (registry order, largest size) and machine, the best strategy at
     * the highest core count, by how much, and why not more, with a link to the case's section.
     */
    private static void summary(StringBuilder h, List<RunAnalysis> runs, List<CaseKey> keys) {
        List<Map<CaseKey, Headline>> byMachine = new ArrayList<>();
        for (RunAnalysis r : runs) {
            Map<CaseKey, Headline> lines = new LinkedHashMap<>();
            Summary.of(r).forEach(line -> lines.put(line.result().key(), line));
            byMachine.add(lines);
        }
        h.append("<section id=\"summary\">\n<h2>How much faster, with which strategy, and why not more</h2>\n")
                .append("<table class=\"summary\">\n<tr><th class=\"l\">workload</th>");
        runs.forEach(r -> h.append("<th class=\"l\">")
                .append(html(r.run().label()))
                .append(r.run().machine().interrupted() ? " <span class=\"flag\">(incomplete run)</span>" : "")
                .append("</th>"));
        h.append("</tr>\n");
        // Rows in the summary's own order (registry order), as ReportWriter.caseKeys sorts them; the
        // index is the case's anchor.
        for (int anchor = 0; anchor < keys.size(); anchor++) {
            CaseKey key = keys.get(anchor);
            Headline any = byMachine.stream()
                    .map(m -> m.get(key))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            if (any == null) {
                continue;
            }
            h.append("<tr><td class=\"l\"><a href=\"#case-")
                    .append(anchor)
                    .append("\"><strong>")
                    .append(html(any.workload()))
                    .append("</strong></a><br><span class=\"muted\">")
                    .append(html(key.title()))
                    .append("</span></td>");
            for (Map<CaseKey, Headline> m : byMachine) {
                Headline line = m.get(key);
                h.append("<td class=\"l\">");
                if (line == null) {
                    h.append("<span class=\"muted\">not measured</span>");
                } else {
                    h.append(html(line.answer()));
                    line.figures().forEach(f -> h.append("<br>").append(html(f)));
                    if (!line.why().isEmpty()) {
                        h.append("<br><em>").append(html(line.why())).append("</em>");
                    }
                    int w = line.result().warnings().size();
                    if (w > 0) {
                        h.append("<br><a class=\"flag\" href=\"#case-")
                                .append(anchor)
                                .append("\">⚠ ")
                                .append(w)
                                .append(w == 1 ? " warning" : " warnings")
                                .append("</a>");
                    }
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    // The properties a reader compares first; the rest sit behind a <details>.
    private static final List<String[]> COMPACT = List.of(
            new String[] {"CPU", "cpu.model"},
            new String[] {"cores", "cpu.cores"},
            new String[] {"memory", "memory.total"},
            new String[] {"JDK", "java.vendor+java.version"},
            new String[] {"OS", "os.name"},
            new String[] {"pinning", "pinning"},
            new String[] {"commit", "git.commit"});

    private static void machines(StringBuilder h, List<RunAnalysis> runs) {
        h.append("<h2 id=\"machines\">Machine")
                .append(runs.size() > 1 ? "s" : "")
                .append("</h2>\n");
        TreeSet<String> keys = new TreeSet<>();
        runs.forEach(r -> keys.addAll(r.run().machine().properties().keySet()));
        if (keys.isEmpty()) {
            h.append("<p class=\"muted\">No ")
                    .append(MachineInfo.FILE_NAME)
                    .append(" beside the CSV files: the machine is unknown.</p>\n");
            return;
        }
        h.append("<table>\n<tr><th class=\"l\"></th>");
        runs.forEach(
                r -> h.append("<th class=\"l\">").append(html(r.run().label())).append("</th>"));
        h.append("</tr>\n");
        for (String[] row : COMPACT) {
            h.append("<tr><td class=\"l\">").append(row[0]).append("</td>");
            runs.forEach(r -> h.append("<td class=\"l\">")
                    .append(html(compact(row[1], r.run().machine())))
                    .append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n<details><summary>Every property in ")
                .append(MachineInfo.FILE_NAME)
                .append("</summary>\n<table>\n<tr><th class=\"l\">property</th>");
        runs.forEach(
                r -> h.append("<th class=\"l\">").append(html(r.run().label())).append("</th>"));
        h.append("</tr>\n");
        for (String key : keys) {
            h.append("<tr><td class=\"l\"><code>").append(html(key)).append("</code></td>");
            runs.forEach(r -> h.append("<td class=\"l\">")
                    .append(html(r.run().machine().get(key)))
                    .append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table></details>\n");
    }

    /** Bytes as GiB and a commit as its short hash; anything else as written. */
    private static String compact(String key, MachineInfo machine) {
        if (key.contains("+")) {
            String[] parts = key.split("\\+");
            return (machine.get(parts[0]) + " " + machine.get(parts[1])).trim();
        }
        return compact(key, machine.get(key));
    }

    private static String compact(String key, String value) {
        if (key.equals("memory.total") && value.matches("\\d{1,19}")) {
            return Fmt.sig(Long.parseLong(value) / (1024.0 * 1024 * 1024), 3) + " GiB";
        }
        if (key.equals("git.commit") && value.length() > 12) {
            return value.substring(0, 12);
        }
        return value;
    }

    private static void notes(StringBuilder h, List<RunAnalysis> runs) {
        boolean any = runs.stream().anyMatch(r -> !r.warnings().isEmpty());
        if (!any) {
            return;
        }
        h.append("<div class=\"warn\"><strong>Notes</strong><ul>\n");
        for (RunAnalysis r : runs) {
            for (String w : r.warnings()) {
                h.append("<li>")
                        .append(runs.size() > 1 ? html(r.run().label()) + ": " : "")
                        .append(html(w))
                        .append("</li>\n");
            }
        }
        h.append("</ul></div>\n");
    }

    private static void howToRead(StringBuilder h) {
        h.append("""
        <details><summary>How to read this report</summary>
        <ul>
        <li><strong>Speedup</strong> S(p) = T<sub>SERIAL</sub>(1) / T(p) (for throughput:
        X(p) / X<sub>SERIAL</sub>(1)): how many times faster than the serial code on one core.
        <strong>Self-relative</strong> speedup divides by the same strategy on one core instead;
        it flatters a strategy with high overhead, so both are shown and labelled.</li>
        <li><strong>Speedup vs the fastest single core</strong> divides by the fastest one-core time
        of the same computation measured in the run (a faster loop, a kernel), not only by the
        baseline's: two cores running a slow loop can lose to one core running a fast one.</li>
        <li>A <strong>cost</strong> (time per dispatch, per barrier round, per step; items/s; GB/s)
        is shown in its own unit against cores: there is no work split, so no speedup.</li>
        <li><strong>±</strong> is JMH's 99.9% error carried through the division (relative errors
        added in quadrature); <em>n/a</em> means JMH reported no error, not zero error.</li>
        <li><strong>Efficiency</strong> S/p: the share of each added core that became speed
        (1 = perfect).</li>
        <li><strong>Karp–Flatt</strong> e(p) = (1/S − 1/p)/(1 − 1/p): the serial fraction each
        measurement implies. Constant e: Amdahl's serial part; e growing with p: overhead that
        grows with cores (synchronisation, memory bandwidth).</li>
        <li><strong>Amdahl fit</strong>: least squares of 1/S on 1/p, 1/S = f + k/p. The intercept
        f is the serial fraction no core count removes; 1/f is the predicted ceiling on speedup.
        </li>
        <li><strong>Best</strong> is the fastest strategy at a core count; ≈ marks a runner-up
        within the error bars, so the order is not established.</li>
        <li><strong>Break-even</strong>: the smallest measured size from which a strategy, at its
        highest core count, beats SERIAL on one core at every larger measured size.</li>
        </ul></details>
        """);
    }

    private static void contents(StringBuilder h, List<RunAnalysis> runs, List<CaseKey> keys) {
        h.append("<h2>Cases</h2>\n<nav><ul>\n");
        for (int i = 0; i < keys.size(); i++) {
            h.append("<li><a href=\"#case-")
                    .append(i)
                    .append("\">")
                    .append(html(keys.get(i).title()))
                    .append("</a></li>\n");
        }
        if (runs.stream().anyMatch(r -> !r.families().isEmpty())) {
            h.append("<li><a href=\"#sizes\">Time vs size and break-even</a></li>\n");
        }
        h.append("</ul></nav>\n");
    }

    private void caseSection(StringBuilder h, List<RunAnalysis> runs, CaseKey key, ReportCharts charts, int n) {
        boolean several = runs.size() > 1;
        h.append("<section id=\"case-")
                .append(n)
                .append("\">\n<h2>")
                .append(html(key.title()))
                .append("</h2>\n<p class=\"muted\"><code>")
                .append(html(key.benchmark()))
                .append("</code>, mode ")
                .append(html(key.mode().label()))
                .append("</p>\n");
        boolean speedup = true;
        for (RunAnalysis r : runs) {
            Optional<CaseResult> c = r.find(key);
            if (c.isEmpty()) {
                continue;
            }
            speedup = c.get().reading().isSpeedup();
            if (speedup && !c.get().hasBaseline()) {
                h.append("<p class=\"warn\">")
                        .append(several ? html(r.run().label()) + ": " : "")
                        .append("No ")
                        .append(html(c.get().baseline()))
                        .append(" result at 1 core for this case:"
                                + " absolute speedup is n/a. Charts and Amdahl fit use self-relative speedup.</p>\n");
            }
            // Warnings sit beside the case they concern, not only in the terminal.
            if (!c.get().warnings().isEmpty()) {
                h.append("<div class=\"warn\"><ul>\n");
                for (String w : c.get().warnings()) {
                    h.append("<li>")
                            .append(several ? html(r.run().label()) + ": " : "")
                            .append(html(w))
                            .append("</li>\n");
                }
                h.append("</ul></div>\n");
            }
        }
        for (Chart chart : charts.forCase(key)) {
            img(h, chart);
        }
        if (several) {
            byMachine(h, runs, key, speedup);
        }
        if (speedup) {
            speedupTable(h, runs, key);
            amdahl(h, runs, key);
        } else if (!several) {
            quantityTable(h, runs.get(0), key);
        }
        best(h, runs, key);
        h.append("</section>\n");
    }

    /** Several machines: one column per machine, strategy × cores rows. */
    private static void byMachine(StringBuilder h, List<RunAnalysis> runs, CaseKey key, boolean speedup) {
        List<Optional<CaseResult>> results = runs.stream().map(r -> r.find(key)).toList();
        CaseResult any = results.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        h.append("<h3>")
                .append(
                        speedup
                                ? "Speedup (efficiency) by machine"
                                : html(any.reading().axisLabel()) + " by machine")
                .append("</h3>\n<table>\n<tr><th class=\"l\">strategy</th><th>cores</th>");
        runs.forEach(r -> h.append("<th>").append(html(r.run().label())).append("</th>"));
        h.append("</tr>\n");
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        TreeSet<Integer> cores = new TreeSet<>();
        results.forEach(o -> o.ifPresent(c -> c.series().forEach(s -> {
            labels.add(s.label());
            s.points().forEach(p -> cores.add(p.cores()));
        })));
        for (String label : labels) {
            for (int p : cores) {
                StringBuilder cells = new StringBuilder();
                boolean anyPoint = false;
                for (Optional<CaseResult> o : results) {
                    Optional<Point> point = o.flatMap(c -> c.series().stream()
                            .filter(s -> s.label().equals(label))
                            .findFirst()
                            .flatMap(s -> s.at(p)));
                    anyPoint |= point.isPresent();
                    cells.append("<td>");
                    if (point.isPresent()) {
                        CaseResult c = o.get();
                        Point x = point.get();
                        cells.append(
                                speedup
                                        ? Fmt.withError(x.speedup(c.basis()), x.speedupError(c.basis())) + " ("
                                                + Fmt.fixed2(x.efficiency(c.basis())) + ")"
                                        : Fmt.sigWithError(c.quantity(x), 3, c.quantityError(x)));
                    }
                    cells.append("</td>");
                }
                if (anyPoint) {
                    h.append("<tr><td class=\"l\">")
                            .append(html(label))
                            .append("</td><td>")
                            .append(p)
                            .append("</td>")
                            .append(cells)
                            .append("</tr>\n");
                }
            }
        }
        h.append("</table>\n");
    }

    /** A cost benchmark in its own quantity. */
    private static void quantityTable(StringBuilder h, RunAnalysis r, CaseKey key) {
        CaseResult c = r.find(key).orElseThrow();
        h.append("<h3>")
                .append(html(c.reading().quantity()))
                .append("</h3>\n<table>\n<tr><th class=\"l\">strategy</th><th>cores</th><th>")
                .append(html(c.reading().axisLabel()))
                .append("</th><th>JMH score ± error</th></tr>\n");
        for (Series s : c.series()) {
            for (Point p : s.points()) {
                h.append("<tr><td class=\"l\">")
                        .append(html(s.label()))
                        .append("</td><td>")
                        .append(p.cores())
                        .append("</td><td>")
                        .append(Fmt.sigWithError(c.quantity(p), 3, c.quantityError(p)))
                        .append("</td><td>")
                        .append(Fmt.sigWithError(p.score(), 4, p.error()))
                        .append(' ')
                        .append(html(c.unit()))
                        .append("</td></tr>\n");
            }
        }
        h.append("</table>\n");
    }

    private static void speedupTable(StringBuilder h, List<RunAnalysis> runs, CaseKey key) {
        boolean several = runs.size() > 1;
        String baseline = runs.stream()
                .flatMap(r -> r.find(key).stream())
                .findFirst()
                .map(CaseResult::baseline)
                .orElseThrow();
        boolean anyBest = runs.stream().flatMap(r -> r.find(key).stream()).anyMatch(c -> c.bestSingleCore()
                .isPresent());
        StringBuilder table = new StringBuilder();
        table.append("<table>\n<tr>")
                .append(several ? "<th class=\"l\">machine</th>" : "")
                .append("<th class=\"l\">strategy</th><th>cores</th><th>score ± error</th><th>speedup ")
                .append(html(Basis.ABSOLUTE.shortLabel(baseline)))
                .append("</th>")
                .append(anyBest ? "<th>speedup vs fastest single core</th>" : "")
                .append("<th>self-relative speedup</th><th>efficiency</th><th>Karp–Flatt e</th></tr>\n");
        for (RunAnalysis r : runs) {
            r.find(key).ifPresent(c -> {
                for (Series s : c.series()) {
                    for (Point p : s.points()) {
                        Basis b = c.basis();
                        double[] vsBest = c.speedupVsBestSingleCore(p);
                        table.append("<tr>")
                                .append(
                                        several
                                                ? "<td class=\"l\">"
                                                        + html(r.run().label()) + "</td>"
                                                : "")
                                .append("<td class=\"l\">")
                                .append(html(s.label()))
                                .append("</td><td>")
                                .append(p.cores())
                                .append("</td><td>")
                                .append(Fmt.sigWithError(p.score(), 4, p.error()))
                                .append(' ')
                                .append(html(c.unit()))
                                .append("</td><td>")
                                .append(Fmt.withError(p.speedup(), p.speedupError()))
                                .append("</td>")
                                .append(anyBest ? "<td>" + Fmt.withError(vsBest[0], vsBest[1]) + "</td>" : "")
                                .append("<td>")
                                .append(Fmt.withError(p.selfSpeedup(), p.selfSpeedupError()))
                                .append("</td><td>")
                                .append(Fmt.fixed2(p.efficiency(b)))
                                .append(b == Basis.SELF ? " (self)" : "")
                                .append("</td><td>")
                                .append(Fmt.fixed(p.karpFlatt(b), 3))
                                .append("</td></tr>\n");
                    }
                }
            });
        }
        table.append("</table>\n");
        if (several) {
            h.append("<details><summary>Every point with its errors</summary>\n")
                    .append(table)
                    .append("</details>\n");
        } else {
            h.append("<h3>Speedup and efficiency</h3>\n").append(table);
        }
        runs.stream()
                .flatMap(r -> r.find(key).stream()
                        .flatMap(c -> c.bestSingleCore().stream())
                        .map(sc -> (several ? r.run().label() + ": " : "") + "fastest single core: " + sc.source()
                                + ", " + Fmt.sig(sc.seconds() * 1e3, 4) + " ms"))
                .forEach(line ->
                        h.append("<p class=\"muted\">").append(html(line)).append("</p>\n"));
    }

    private static void amdahl(StringBuilder h, List<RunAnalysis> runs, CaseKey key) {
        StringBuilder rows = new StringBuilder();
        boolean several = runs.size() > 1;
        for (RunAnalysis r : runs) {
            r.find(key).ifPresent(c -> c.series().forEach(s -> s.fit().ifPresent(f -> rows.append("<tr>")
                    .append(several ? "<td class=\"l\">" + html(r.run().label()) + "</td>" : "")
                    .append("<td class=\"l\">")
                    .append(html(s.label()))
                    .append("</td><td>")
                    .append(Fmt.fixed(f.serialFraction(), 4))
                    .append("</td><td>")
                    .append(Fmt.sig(f.ceiling(), 3))
                    .append("×</td><td>")
                    .append(Fmt.fixed(f.rSquared(), 3))
                    .append("</td><td>")
                    .append(f.points())
                    .append("</td><td class=\"l\">")
                    .append(html(c.basis().shortLabel(c.baseline())))
                    .append("</td><td class=\"l\">")
                    .append(html(f.caveat()))
                    .append("</td></tr>\n"))));
        }
        h.append("<h3>Amdahl fit</h3>\n");
        if (rows.length() == 0) {
            // A line through fewer points than that says nothing about a serial fraction.
            h.append("<p class=\"muted\">No fit: it needs two or more core counts above 1 (here: ")
                    .append(runs.stream()
                            .flatMap(r -> r.find(key).stream())
                            .flatMap(c -> c.cores().stream())
                            .distinct()
                            .sorted()
                            .map(String::valueOf)
                            .collect(Collectors.joining(", ")))
                    .append(").</p>\n");
            return;
        }
        h.append("<table>\n<tr>")
                .append(several ? "<th class=\"l\">machine</th>" : "")
                .append("<th class=\"l\">strategy</th><th>serial fraction f</th>")
                .append("<th>ceiling 1/f</th><th>R²</th><th>points</th><th class=\"l\">speedup</th>")
                .append("<th class=\"l\">note</th></tr>\n")
                .append(rows)
                .append("</table>\n");
    }

    private static void best(StringBuilder h, List<RunAnalysis> runs, CaseKey key) {
        boolean several = runs.size() > 1;
        h.append("<h3>Best strategy</h3>\n<table>\n<tr>")
                .append(several ? "<th class=\"l\">machine</th>" : "")
                .append("<th>cores</th><th class=\"l\">fastest</th><th class=\"l\">runner-up</th></tr>\n");
        for (RunAnalysis r : runs) {
            r.find(key).ifPresent(c -> {
                for (Best b : c.best()) {
                    h.append("<tr>")
                            .append(several ? "<td class=\"l\">" + html(r.run().label()) + "</td>" : "")
                            .append("<td>")
                            .append(b.cores())
                            .append("</td><td class=\"l\">")
                            .append(html(b.strategy()))
                            .append("</td><td class=\"l\">")
                            .append(
                                    b.runnerUp().isEmpty()
                                            ? ""
                                            : (b.tie() ? "≈ " : "")
                                                    + html(b.runnerUp())
                                                    + (b.tie() ? " (within error: not a clear winner)" : ""))
                            .append("</td></tr>\n");
                }
            });
        }
        h.append("</table>\n");
    }

    private void families(StringBuilder h, List<RunAnalysis> runs, ReportCharts charts) {
        if (runs.stream().allMatch(r -> r.families().isEmpty())) {
            return;
        }
        h.append("<h2 id=\"sizes\">Time vs size and break-even</h2>\n");
        for (RunAnalysis r : runs) {
            for (SizeFamily f : r.families()) {
                h.append("<h3>")
                        .append(html(f.key().title()))
                        .append(runs.size() > 1 ? " — " + html(r.run().label()) : "")
                        .append("</h3>\n");
                charts.forFamily(r.run().label(), f.key()).ifPresent(c -> img(h, c));
                h.append("<table>\n<tr><th class=\"l\">strategy</th><th>cores</th><th>break-even ")
                        .append(html(f.sizeParam()))
                        .append("</th></tr>\n");
                for (BreakEven b : f.breakEvens()) {
                    h.append("<tr><td class=\"l\">")
                            .append(html(b.strategy()))
                            .append("</td><td>")
                            .append(b.cores())
                            .append("</td><td>")
                            .append(b.size().map(Escape::html).orElse("never (up to " + html(b.largestSize()) + ")"))
                            .append("</td></tr>\n");
                }
                if (f.breakEvens().isEmpty()) {
                    h.append("<tr><td colspan=\"3\" class=\"l muted\">no ")
                            .append(html(r.baseline()))
                            .append(" baseline at 1 core: break-even n/a</td></tr>\n");
                }
                h.append("</table>\n");
            }
        }
    }

    private static void secondary(StringBuilder h, List<RunAnalysis> runs) {
        if (runs.stream().allMatch(r -> r.secondary().isEmpty())) {
            return;
        }
        h.append("<h2 id=\"secondary\">Secondary metrics</h2>\n<details><summary>")
                .append("Profiler counters and sample-mode percentiles, as JMH wrote them (not part of"
                        + " the speedup analysis)</summary>\n<table>\n<tr>")
                .append(runs.size() > 1 ? "<th class=\"l\">machine</th>" : "")
                .append("<th class=\"l\">benchmark</th><th class=\"l\">metric</th><th class=\"l\">params</th>")
                .append("<th>threads</th><th>score ± error</th><th class=\"l\">unit</th></tr>\n");
        for (RunAnalysis r : runs) {
            for (JmhRow row : r.secondary()) {
                h.append("<tr>")
                        .append(
                                runs.size() > 1
                                        ? "<td class=\"l\">" + html(r.run().label()) + "</td>"
                                        : "")
                        .append("<td class=\"l\">")
                        .append(html(row.benchmark()))
                        .append("</td><td class=\"l\">")
                        .append(html(row.label()))
                        .append("</td><td class=\"l\">")
                        .append(html(row.params().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(" "))))
                        .append("</td><td>")
                        .append(row.threads())
                        .append("</td><td>")
                        .append(Fmt.sigWithError(row.score(), 4, row.error()))
                        .append("</td><td class=\"l\">")
                        .append(html(row.unit()))
                        .append("</td></tr>\n");
            }
        }
        h.append("</table></details>\n");
    }

    private void img(StringBuilder h, Chart chart) {
        String relative = reportDir
                .relativize(chart.file().toAbsolutePath().normalize())
                .toString()
                .replace(java.io.File.separatorChar, '/');
        h.append("<img src=\"")
                .append(html(relative))
                .append("\" width=\"")
                .append(ChartStyle.WIDTH)
                .append("\" height=\"")
                .append(ChartStyle.HEIGHT)
                .append("\" alt=\"")
                .append(html(chart.title()))
                .append("\" loading=\"lazy\">\n");
    }
}
