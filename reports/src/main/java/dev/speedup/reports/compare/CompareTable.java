package dev.speedup.reports.compare;

import dev.speedup.reports.render.Escape;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The compact terminal table: the preamble, the counts, then every row that is not UNCHANGED. */
public final class CompareTable {
    private final PrintWriter out;

    public CompareTable(PrintWriter out) {
        this.out = out;
    }

    public void print(Comparison c) {
        c.preamble().forEach(l -> out.println(Escape.terminal(l)));
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<Verdict, Integer> e : c.counts().entrySet()) {
            if (e.getValue() > 0) {
                counts.append(counts.length() == 0 ? "" : ", ")
                        .append(e.getValue())
                        .append(' ')
                        .append(e.getKey());
            }
        }
        out.println(counts);
        List<RowComparison> shown =
                c.rows().stream().filter(r -> r.verdict() != Verdict.UNCHANGED).toList();
        if (!shown.isEmpty()) {
            out.printf("%-12s %8s %-17s %5s  %s%n", "verdict", "new/base", "interval", "cores", "row");
            for (RowComparison r : shown) {
                String interval = r.test()
                        .filter(t -> !Double.isNaN(t.interval().low()))
                        .map(t -> Numbers.ratio(t.interval().low()) + "-"
                                + Numbers.ratio(t.interval().high()))
                        .orElse("");
                String row = r.key().shortName() + " [" + r.mode() + "] "
                        + r.key().strategy() + " " + r.key().otherParams();
                out.printf(
                        "%-12s %8s %-17s %5d  %s%s%n",
                        r.verdict() + (c.fails(r) ? "!" : ""),
                        Numbers.percent(r.ratio()),
                        interval,
                        r.key().cores(),
                        Escape.terminal(row.trim()),
                        r.note().isEmpty() ? "" : "  (" + Escape.terminal(r.note()) + ")");
            }
        }
        out.println(c.exitCode() == 0 ? "no regression" : "REGRESSION: failing (exit 1)");
        out.flush();
    }
}
