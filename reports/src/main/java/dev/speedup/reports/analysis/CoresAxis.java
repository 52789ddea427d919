package dev.speedup.reports.analysis;

import dev.speedup.reports.read.BadInputException;
import dev.speedup.reports.read.JmhRow;
import dev.speedup.reports.read.Run;
import java.util.Optional;

/**
 * Where a row's core count comes from: a param ({@code parallelism} unless told otherwise) or
 * JMH's Threads column. A row without the param falls back to the {@code jmh-p<p>.csv} file name
 * (the run pinned it to p CPUs), then to Threads, so any JMH CSV still gets an axis.
 */
public record CoresAxis(String param, boolean fromThreads, boolean explicit) {
    public static final String DEFAULT_PARAM = "parallelism";

    public static CoresAxis defaults() {
        return new CoresAxis(DEFAULT_PARAM, false, false);
    }

    public static CoresAxis param(String name) {
        return new CoresAxis(name, false, true);
    }

    public static CoresAxis threads() {
        return new CoresAxis(DEFAULT_PARAM, true, true);
    }

    /** The param that is the axis and so is not part of a case, if the axis is a param. */
    public Optional<String> axisParam() {
        return fromThreads ? Optional.empty() : Optional.of(param);
    }

    /** A param named with --cores-param must exist somewhere in the run; a typo must not pass silently. */
    public void check(Run run) {
        if (explicit
                && !fromThreads
                && run.files().stream().noneMatch(f -> f.paramColumns().contains(param))) {
            throw BadInputException.at(
                    run.source(),
                    0,
                    "no column \"Param: " + param
                            + "\" in any CSV (--cores-param); params found: "
                            + run.files().stream()
                                    .flatMap(f -> f.paramColumns().stream())
                                    .distinct()
                                    .toList());
        }
        run.files().stream()
                .filter(f -> fromThreads && !f.hasThreads())
                .findFirst()
                .ifPresent(f -> {
                    throw BadInputException.at(f.file(), 1, "missing column \"Threads\" (--cores-from threads)");
                });
    }

    public int coresOf(JmhRow row) {
        if (fromThreads) {
            return positive(row, row.threads(), "Threads");
        }
        Optional<String> cell = row.param(param);
        if (cell.isPresent()) {
            try {
                return positive(row, Integer.parseInt(cell.get()), "Param: " + param);
            } catch (NumberFormatException e) {
                throw BadInputException.at(
                        row.file(),
                        row.line(),
                        "expected a whole number of cores in" + " column \"Param: " + param + "\", found \""
                                + cell.get() + "\"");
            }
        }
        return Run.coresOfFile(row.file()).orElse(positive(row, row.threads(), "Threads"));
    }

    private static int positive(JmhRow row, int cores, String column) {
        if (cores < 1) {
            throw BadInputException.at(
                    row.file(),
                    row.line(),
                    "expected a core count of 1 or more in" + " column \"" + column + "\", found " + cores);
        }
        return cores;
    }
}
