package dev.speedup.reports.read;

import java.util.Map;
import java.util.Optional;

/**
 * JMH score units ({@code ms/op}, {@code ops/s}, ...) as factors to seconds, so results written with
 * different {@code -tu} settings compare correctly.
 */
public final class Units {
    // JMH's TimeUnit abbreviations, plus the micro sign some tools write instead of "us".
    private static final Map<String, Double> SECONDS = Map.of(
            "ns", 1e-9, "us", 1e-6, "\u00b5s", 1e-6, "\u03bcs", 1e-6, "ms", 1e-3, "s", 1.0, "min", 60.0, "hr", 3600.0,
            "day", 86400.0);

    private Units() {}

    /**
     * Factor that turns a score in {@code unit} into the mode's base unit (seconds per op for time
     * modes, ops per second for throughput), or empty when the unit does not fit the mode.
     */
    public static Optional<Double> toBase(Mode mode, String unit) {
        String[] parts = unit.trim().split("/", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        if (mode.higherIsBetter()) {
            Double per = "ops".equals(parts[0]) ? SECONDS.get(parts[1]) : null;
            return Optional.ofNullable(per).map(s -> 1.0 / s);
        }
        return "op".equals(parts[1]) ? Optional.ofNullable(SECONDS.get(parts[0])) : Optional.empty();
    }

    /**
     * A score in {@code unit} as seconds per operation (throughput inverted); throws when the unit
     * does not fit the mode.
     */
    public static double secondsPerOp(Mode mode, String unit, double score) {
        double factor = toBase(mode, unit).orElseThrow();
        return mode.higherIsBetter() ? 1 / (score * factor) : score * factor;
    }

    public static String expected(Mode mode) {
        return mode.higherIsBetter() ? "ops/<time unit> such as ops/s" : "<time unit>/op such as ms/op";
    }
}
