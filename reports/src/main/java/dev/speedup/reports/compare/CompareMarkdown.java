package dev.speedup.reports.compare;

import dev.speedup.reports.output.SafeFiles;
import dev.speedup.reports.render.Escape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code compare.md}: verdict counts first, then regressions and improvements, for job summaries. */
final class CompareMarkdown {
    private CompareMarkdown() {}

    static String render(Comparison c) {
        StringBuilder md = new StringBuilder();
        int code = c.exitCode();
        md.append("## Performance: ")
                .append(code == 0 ? "no regression" : "REGRESSION")
                .append("\n\n");
        for (String line : c.preamble()) {
            md.append("- ").append(Escape.markdown(line)).append('\n');
        }
        md.append("\n| verdict | rows |\n|---|---|\n");
        for (Map.Entry<Verdict, Integer> e : c.counts().entrySet()) {
            if (e.getValue() > 0) {
                md.append("| ")
                        .append(e.getKey())
                        .append(" | ")
                        .append(e.getValue())
                        .append(" |\n");
            }
        }
        section(md, c, "Regressions", Verdict.REGRESSION);
        section(md, c, "Improvements", Verdict.IMPROVEMENT);
        section(md, c, "Inconclusive", Verdict.INCONCLUSIVE);
        List<RowComparison> others = c.rows().stream()
                .filter(r -> List.of(Verdict.MISSING, Verdict.NEW, Verdict.INCOMPARABLE, Verdict.INSUFFICIENT)
                        .contains(r.verdict()))
                .toList();
        if (!others.isEmpty()) {
            md.append("\n<details><summary>")
                    .append(others.size())
                    .append(" rows missing, new, incomparable or with too few samples</summary>\n\n");
            table(md, others);
            md.append("\n</details>\n");
        }
        List<CurvePoint> moved = c.curves().stream()
                .filter(p -> Math.abs(p.newSpeedup() / p.baseSpeedup() - 1)
                        >= c.options().threshold())
                .toList();
        if (!moved.isEmpty()) {
            md.append("\n### Speedup curves that moved\n\n| case | strategy | cores | speedup base → new | efficiency"
                    + " base → new | reading |\n|---|---|---|---|---|---|\n");
            for (CurvePoint p : moved) {
                md.append("| ")
                        .append(Escape.markdown(p.caseName()))
                        .append(" | ")
                        .append(Escape.markdown(p.strategy()))
                        .append(" | ")
                        .append(p.cores())
                        .append(" | ")
                        .append(Numbers.ratio(p.baseSpeedup()))
                        .append(" → ")
                        .append(Numbers.ratio(p.newSpeedup()))
                        .append(" | ")
                        .append(Numbers.ratio(p.baseEfficiency()))
                        .append(" → ")
                        .append(Numbers.ratio(p.newEfficiency()))
                        .append(" | ")
                        .append(Escape.markdown(p.reading(c.options().threshold())))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static void section(StringBuilder md, Comparison c, String title, Verdict v) {
        List<RowComparison> rows =
                c.rows().stream().filter(r -> r.verdict() == v).toList();
        if (rows.isEmpty()) {
            return;
        }
        md.append("\n### ").append(title).append("\n\n");
        table(md, rows);
    }

    private static void table(StringBuilder md, List<RowComparison> rows) {
        md.append("| benchmark | strategy | cores | params | new/base | interval | p | verdict | note |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (RowComparison r : rows) {
            md.append("| ")
                    .append(Escape.markdown(r.key().shortName() + " " + r.mode()))
                    .append(" | ")
                    .append(Escape.markdown(r.key().strategy()))
                    .append(" | ")
                    .append(r.key().cores())
                    .append(" | ")
                    .append(Escape.markdown(r.key().otherParams()))
                    .append(" | ")
                    .append(Numbers.percent(r.ratio()))
                    .append(" | ")
                    .append(r.test()
                            .map(t -> Numbers.ratio(t.interval().low()) + " – "
                                    + Numbers.ratio(t.interval().high()))
                            .orElse(""))
                    .append(" | ")
                    .append(r.test().map(t -> Numbers.p(t.combinedP())).orElse(""))
                    .append(" | ")
                    .append(r.verdict())
                    .append(r.approximate() ? " ≈" : "")
                    .append(" | ")
                    .append(Escape.markdown(r.note()))
                    .append(" |\n");
        }
    }

    static Path write(Comparison c, Path file) throws IOException {
        return SafeFiles.writeString(file, render(c));
    }
}
