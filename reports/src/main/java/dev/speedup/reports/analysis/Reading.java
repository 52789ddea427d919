package dev.speedup.reports.analysis;

import java.util.Map;
import java.util.Optional;

/**
 * How one benchmark is read. Work split over cores is read as speedup, efficiency, Karp–Flatt and
 * Amdahl; a cost (a dispatch, a barrier round, an item through a queue, a byte copied) is read in its
 * own quantity against cores, as the lecture's lessons about locks, queues and barriers are.
 *
 * @param workload the plain name the summary uses ("π", "dispatch overhead")
 * @param quantity what a cost reading shows ("time per dispatch"); empty for speedup
 * @param unit the unit of that quantity ("µs"); empty for speedup
 * @param higherIsBetter for a cost reading: whether more of the quantity is better (items/s, GB/s)
 * @param convert turns JMH's seconds per operation (and the case's params) into the quantity
 * @param baseline the strategy whose one-core time is this benchmark's speedup numerator, or empty
 *     for the report's {@code --baseline}
 * @param singleCoreGroup benchmarks whose one-core times compete for "best single core" (the same π
 *     computed by any loop), or empty
 * @param ceiling a cost benchmark that bounds this one ("SquareMapBenchmark.arraycopy"), or empty
 */
public record Reading(
        String workload,
        Kind kind,
        String quantity,
        String unit,
        boolean higherIsBetter,
        Conversion convert,
        Optional<String> baseline,
        Optional<String> singleCoreGroup,
        Optional<String> ceiling) {

    /** The two ways a benchmark is read. */
    public enum Kind {
        /** Work split over cores: speedup against the baseline on one core. */
        SPEEDUP,
        /** A cost or a rate in its own unit against cores. */
        COST
    }

    /** Seconds per operation as JMH measured it, and the case's params, to the reading's quantity. */
    @FunctionalInterface
    public interface Conversion {
        double apply(double secondsPerOp, Map<String, String> params);
    }

    public static Reading speedup(String workload) {
        return new Reading(
                workload,
                Kind.SPEEDUP,
                "",
                "",
                false,
                (s, p) -> s,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** A cost (less is better): seconds per operation times {@code perSecond} ({@code 1e6} for µs). */
    public static Reading cost(String workload, String quantity, String unit, double perSecond) {
        return cost(workload, quantity, unit, (s, p) -> s * perSecond);
    }

    /** A cost (less is better) in a quantity of its own, such as time per step of the case's steps. */
    public static Reading cost(String workload, String quantity, String unit, Conversion convert) {
        return measured(workload, quantity, unit, false, convert);
    }

    /** A rate (more is better), such as items per second or bytes per second. */
    public static Reading rate(String workload, String quantity, String unit, Conversion convert) {
        return measured(workload, quantity, unit, true, convert);
    }

    private static Reading measured(
            String workload, String quantity, String unit, boolean higherIsBetter, Conversion convert) {
        return new Reading(
                workload,
                Kind.COST,
                quantity,
                unit,
                higherIsBetter,
                convert,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public Reading withBaseline(String strategy) {
        return new Reading(
                workload,
                kind,
                quantity,
                unit,
                higherIsBetter,
                convert,
                Optional.of(strategy),
                singleCoreGroup,
                ceiling);
    }

    public Reading inSingleCoreGroup(String group) {
        return new Reading(
                workload, kind, quantity, unit, higherIsBetter, convert, baseline, Optional.of(group), ceiling);
    }

    public Reading boundedBy(String benchmark) {
        return new Reading(
                workload,
                kind,
                quantity,
                unit,
                higherIsBetter,
                convert,
                baseline,
                singleCoreGroup,
                Optional.of(benchmark));
    }

    public boolean isSpeedup() {
        return kind == Kind.SPEEDUP;
    }

    /** {@code time per dispatch (µs)}. */
    public String axisLabel() {
        return quantity + " (" + unit + ")";
    }
}
