package dev.speedup.reports.compare;

import dev.speedup.reports.read.Run;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole answer of {@code compare}: the two runs, every row compared, the speedup curves
 * compared, whether the runs come from different machines (then absolute times do not gate), and
 * the exit code that follows.
 */
public record Comparison(
        Run base,
        Run candidate,
        CompareOptions options,
        List<RowComparison> rows,
        List<CurvePoint> curves,
        List<String> machineDifferences) {

    public static final int NO_REGRESSION = 0;
    public static final int REGRESSION = 1;

    public Comparison {
        rows = List.copyOf(rows);
        curves = List.copyOf(curves);
        machineDifferences = List.copyOf(machineDifferences);
    }

    public boolean acrossMachines() {
        return !machineDifferences.isEmpty();
    }

    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        rows.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        return counts;
    }

    /** Whether this row fails the build: a regression of absolute time, on one machine only. */
    public boolean fails(RowComparison row) {
        return switch (row.verdict()) {
            case REGRESSION -> !acrossMachines();
            case MISSING -> options.strict();
            default -> false;
        };
    }

    public boolean fails(CurvePoint point) {
        return options.gateEfficiency() && point.efficiencyRegression();
    }

    public int exitCode() {
        boolean failed = rows.stream().anyMatch(this::fails) || curves.stream().anyMatch(this::fails);
        return failed ? REGRESSION : NO_REGRESSION;
    }

    /** The lines every output opens with: what was compared, how, and any cross-machine warning. */
    public List<String> preamble() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("base: " + base.label() + " (" + base.source() + ")");
        lines.add("new:  " + candidate.label() + " (" + candidate.source() + ")");
        if (acrossMachines()) {
            lines.add("DIFFERENT MACHINES (" + String.join("; ", machineDifferences)
                    + "): absolute times do not gate; only efficiency and serial fraction compare"
                    + (options.gateEfficiency()
                            ? ", and efficiency gates (--gate-efficiency)."
                            : ", for information."));
        }
        lines.add(String.format(
                java.util.Locale.ROOT,
                "threshold %.0f %%, alpha %s; a REGRESSION needs the %.0f %% interval of new/base above %.2f and the"
                        + " rank and Welch tests significant after Benjamini-Hochberg",
                options.threshold() * 100,
                options.alpha(),
                CompareOptions.INTERVAL_LEVEL * 100,
                1 + options.threshold()));
        return lines;
    }
}
