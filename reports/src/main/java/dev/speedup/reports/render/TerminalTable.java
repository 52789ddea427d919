package dev.speedup.reports.render;

import dev.speedup.reports.analysis.Basis;
import dev.speedup.reports.analysis.Best;
import dev.speedup.reports.analysis.CaseResult;
import dev.speedup.reports.analysis.Point;
import dev.speedup.reports.analysis.RunAnalysis;
import dev.speedup.reports.analysis.Series;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * The short table {@code run-bench.sh} shows at the end of a run: per case (largest size only),
 * strategy × cores speedup, the best strategy of each column starred.
 */
public final class TerminalTable {
    private final PrintWriter out;

    public TerminalTable(PrintWriter out) {
        this.out = out;
    }

    public void print(List<RunAnalysis> runs) {
        for (RunAnalysis run : runs) {
            out.println();
            String machine = run.run().machine().summary();
            out.println("== " + Escape.terminal(run.run().label())
                    + (machine.isEmpty() ? "" : " (" + Escape.terminal(machine) + ")")
                    + (run.run().machine().interrupted() ? "  [INCOMPLETE: run interrupted]" : ""));
            for (Headline line : Summary.of(run)) {
                out.println("  " + Escape.terminal(line.workload()) + " ("
                        + Escape.terminal(line.result().key().title()) + "): " + Escape.terminal(line.answer()));
                line.figures().forEach(f -> out.println("      " + Escape.terminal(f)));
                if (!line.why().isEmpty()) {
                    out.println("      -> " + Escape.terminal(line.why()));
                }
                line.result().warnings().forEach(w -> out.println("      ! " + Escape.terminal(w)));
            }
            for (CaseResult c : run.headlineCases()) {
                printCase(c);
            }
            run.warnings().forEach(w -> out.println("note: " + Escape.terminal(w)));
        }
        out.println("(* = fastest at that core count; ~ = within the error of the runner-up)");
        out.flush();
    }

    private void printCase(CaseResult c) {
        Basis basis = c.basis();
        boolean speedup = c.reading().isSpeedup();
        out.println();
        out.println(Escape.terminal(c.key().title()) + "  [" + c.key().mode().label() + ", "
                + Escape.terminal(c.unit()) + "]  "
                + Escape.terminal(
                        !speedup
                                ? c.reading().axisLabel()
                                : basis == Basis.ABSOLUTE
                                        ? basis.description(c.baseline())
                                        : basis.description(c.baseline()) + "; no " + c.baseline()
                                                + " at 1 core, absolute n/a"));
        List<Integer> cores = c.cores();
        int width = Math.max(
                8,
                c.series().stream()
                        .mapToInt(s -> Escape.terminal(s.label()).length())
                        .max()
                        .orElse(8));
        StringBuilder head = new StringBuilder(String.format("  %-" + width + "s", "strategy"));
        cores.forEach(p -> head.append(String.format("%11s", "p=" + p)));
        out.println(head);
        for (Series s : c.series()) {
            StringBuilder line = new StringBuilder(String.format("  %-" + width + "s", Escape.terminal(s.label())));
            for (int p : cores) {
                Optional<Point> point = s.at(p);
                String cell = point.map(x -> speedup ? Fmt.fixed2(x.speedup(basis)) : Fmt.sig(c.quantity(x), 3))
                        .orElse("-");
                line.append(String.format("%10s%1s", cell, point.isPresent() ? mark(c, s, p) : ""));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String mark(CaseResult c, Series s, int cores) {
        for (Best b : c.best()) {
            if (b.cores() == cores
                    && b.strategy().equals(s.label())
                    && c.series().size() > 1) {
                return b.tie() ? "~" : "*";
            }
        }
        return "";
    }
}
