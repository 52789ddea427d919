package dev.speedup.reports.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that says how each of our benchmarks is read, keyed by {@code Class.method} (or
 * {@code Class} for every method of a class). Its order is the summary's order: the lecture's
 * workloads first, then its lock, queue and barrier lessons. A benchmark not listed here (any other
 * project's JMH suite) is read as speedup.
 */
public final class Readings {
    private static final double BYTES_PER_COPIED_DOUBLE = 16; // 8 read + 8 written

    private static final Map<String, Reading> BY_NAME = new LinkedHashMap<>();

    /** The registry's names in its order, for {@link #rank}. */
    private static final List<String> NAMES;

    static {
        BY_NAME.put("PiBenchmark.pi", Reading.speedup("π (midpoint rule)").inSingleCoreGroup("pi"));
        // The lecture's own CPython π, run by the sweep beside the JVM (python-p<p>.csv).
        BY_NAME.put(
                "LecturePi.pi",
                Reading.speedup("π in CPython (the lecture's code)")
                        .withBaseline("PY_SERIAL")
                        .inSingleCoreGroup("pi"));
        BY_NAME.put(
                "SquareMapBenchmark.squareMap",
                Reading.speedup("square-map").boundedBy("SquareMapBenchmark.arraycopy"));
        BY_NAME.put("PoolMapBenchmark.poolMap", Reading.speedup("pool map"));
        BY_NAME.put("LockScopeBenchmark.run", Reading.speedup("lock scope"));
        BY_NAME.put("OverheadBenchmark.dispatch", Reading.cost("dispatch overhead", "time per dispatch", "µs", 1e6));
        BY_NAME.put(
                "OverheadBenchmark.forkedJvmSpawnToFirstReply",
                Reading.cost("forked JVM start", "time to first reply", "ms", 1e3));
        BY_NAME.put("BarrierBenchmark", Reading.cost("barrier", "time per round", "ns", 1e9));
        BY_NAME.put(
                "ProducerConsumerBenchmark",
                Reading.rate("producer–consumer queue", "throughput", "M items/s", (s, p) -> 1e-6 / s));
        BY_NAME.put(
                "KernelBenchmark",
                Reading.cost("π kernels on one core", "time per step", "ns", (s, p) -> s * 1e9 / number(p.get("steps")))
                        .inSingleCoreGroup("pi"));
        BY_NAME.put(
                "SquareMapBenchmark.arraycopy",
                Reading.rate(
                        "arraycopy bandwidth",
                        "copy bandwidth",
                        "GB/s",
                        (s, p) -> BYTES_PER_COPIED_DOUBLE * number(p.get("size")) / s / 1e9));
        NAMES = List.copyOf(BY_NAME.keySet());
    }

    private Readings() {}

    /** How {@code key}'s benchmark is read; speedup for one this registry does not know. */
    public static Reading of(CaseKey key) {
        return find(key.shortName()).orElseGet(() -> Reading.speedup(key.shortName()));
    }

    /** The reading for {@code Class.method} or, failing that, {@code Class}. */
    public static Optional<Reading> find(String shortName) {
        return registeredName(shortName).map(BY_NAME::get);
    }

    /** Where {@code key} sits in the summary: registry order, then every unknown benchmark. */
    public static int rank(CaseKey key) {
        return registeredName(key.shortName()).map(NAMES::indexOf).orElse(NAMES.size());
    }

    /** The registry's name for {@code Class.method}: itself if listed, else {@code Class} if listed. */
    private static Optional<String> registeredName(String shortName) {
        if (BY_NAME.containsKey(shortName)) {
            return Optional.of(shortName);
        }
        int dot = shortName.lastIndexOf('.');
        String className = dot < 0 ? null : shortName.substring(0, dot);
        return className != null && BY_NAME.containsKey(className) ? Optional.of(className) : Optional.empty();
    }

    /** A param as a number; NaN (an unknown quantity, never a made-up one) when absent or not numeric. */
    private static double number(String value) {
        Double d = value == null ? null : CaseKey.numberOrNull(value);
        return d == null ? Double.NaN : d;
    }
}
