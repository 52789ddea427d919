package dev.speedup.benchmarks.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How much a sweep measures: JMH's fork and iteration settings, the parameter values that replace a
 * benchmark's {@code @Param} defaults, and how many steps the lecture's Python π takes. The
 * {@code @Param} defaults in the code are the quick profile, so quick overrides nothing and running
 * the jar by hand gives the same numbers. Every class and parameter named here is checked against
 * the jar's benchmark list before anything runs ({@link Plan}).
 *
 * <p>Adding a value is one line: {@code set("PiBenchmark", "loop", "TUNED", "VECTOR")}.
 */
public enum Profile {
    SMOKE(
            new Timing(1, 1, 100, 2, 100),
            100_000,
            3,
            List.of(
                    set("PiBenchmark", "steps", "1000000"),
                    set("PiBenchmark", "partition", "BLOCK"),
                    set("SquareMapBenchmark", "size", "100000"),
                    set("PoolMapBenchmark", "size", "1000"),
                    set("PoolMapBenchmark", "cost", "100"),
                    set("KernelBenchmark", "steps", "1000000"),
                    set("LockScopeBenchmark", "lock", "UNFAIR"),
                    set("LockScopeBenchmark", "critical", "0", "50"),
                    set("LockScopeBenchmark", "scope", "PHASED"),
                    set("ProducerConsumerBenchmark", "queue", "ARRAY"),
                    set("ProducerConsumerBenchmark", "producers", "1"),
                    set("ProducerConsumerBenchmark", "consumers", "1"),
                    set("ProducerConsumerBenchmark", "capacity", "1024"),
                    set("ProducerConsumerBenchmark", "batch", "10000"),
                    set("BarrierBenchmark", "barrier", "PHASER"))),
    /**
     * The {@code @Param} defaults, less what would push it far past ten minutes on 2 cores: π in
     * blocks only, pool map at N = 10^4 on the heap, evenly and with its first eighth 8× the rest.
     */
    QUICK(
            new Timing(1, 2, 250, 3, 400),
            10_000_000,
            5,
            List.of(
                    set("PiBenchmark", "partition", "BLOCK"),
                    set("PoolMapBenchmark", "size", "10000"),
                    set("PoolMapBenchmark", "memory", "HEAP"),
                    set("PoolMapBenchmark", "skew", "1", "8"))),
    FULL(
            new Timing(2, 3, 1000, 5, 1000),
            10_000_000,
            10,
            List.of(
                    set("PiBenchmark", "steps", "1000000", "100000000", "1000000000"),
                    set("PiBenchmark", "loop", "NAIVE", "TUNED", "VECTOR"),
                    set("SquareMapBenchmark", "size", "1000", "10000", "100000", "1000000", "10000000", "100000000"),
                    set("PoolMapBenchmark", "size", "100", "1000", "10000", "100000"),
                    set("PoolMapBenchmark", "cost", "0", "100", "10000"),
                    set("PoolMapBenchmark", "chunk", "0", "1"),
                    set("PoolMapBenchmark", "skew", "1", "8"),
                    set("KernelBenchmark", "steps", "1000000", "100000000", "1000000000"),
                    set("LockScopeBenchmark", "critical", "0", "10", "25", "50", "75", "100"),
                    set("LockScopeBenchmark", "tokens", "2000", "20000"),
                    set("LockScopeBenchmark", "scope", "PHASED", "INTERLEAVED"),
                    set("ProducerConsumerBenchmark", "producers", "1", "2", "4"),
                    set("ProducerConsumerBenchmark", "consumers", "1", "2", "4"),
                    set("ProducerConsumerBenchmark", "capacity", "1", "16", "1024"),
                    set("ProducerConsumerBenchmark", "batch", "1", "100", "10000"))),
    /**
     * What a CI job runs twice (base and candidate) and compares: forks are the samples of the
     * regression gate's rank test, and 5 against 5 is the least that can reach p < 0.01. Only the
     * three workloads whose speedup tells most, each at one size where the parallel strategies
     * win: π at 10^7 steps (an op of about 10 ms or more), pool map at N×Q = 10^4×10^3 and
     * square-map at 2^23 doubles (64 MiB in and out, beyond any last-level cache).
     */
    CI(
            new Timing(5, 2, 200, 5, 100),
            0,
            0,
            List.of(
                    set("PiBenchmark", "steps", "10000000"),
                    set("PiBenchmark", "partition", "BLOCK"),
                    set("PiBenchmark", "loop", "TUNED"),
                    set("PoolMapBenchmark", "size", "10000"),
                    set("PoolMapBenchmark", "cost", "1000"),
                    set("PoolMapBenchmark", "chunk", "0"),
                    set("SquareMapBenchmark", "size", "8388608"),
                    set("SquareMapBenchmark", "memory", "HEAP"),
                    set("PoolMapBenchmark", "memory", "HEAP")),
            "PiBenchmark",
            "PoolMapBenchmark",
            "SquareMapBenchmark");

    /** JMH's {@code -f}, {@code -wi}, {@code -w} (ms), {@code -i} and {@code -r} (ms). */
    public record Timing(int forks, int warmupIterations, long warmupMs, int iterations, long iterationMs) {}

    /** One {@code -p name=v1,v2} for one benchmark class, by simple name. */
    public record ParamValues(String benchmarkClass, String name, List<String> values) {
        /** JMH's {@code -p} argument. */
        public String jmhArgument() {
            return name + "=" + String.join(",", values);
        }
    }

    private final Timing timing;
    private final long pythonSteps;
    private final int pythonRepeats;
    private final List<ParamValues> params;
    private final List<String> onlyClasses;

    Profile(Timing timing, long pythonSteps, int pythonRepeats, List<ParamValues> params, String... onlyClasses) {
        this.timing = timing;
        this.pythonSteps = pythonSteps;
        this.pythonRepeats = pythonRepeats;
        this.params = params;
        this.onlyClasses = List.of(onlyClasses);
    }

    private static ParamValues set(String benchmarkClass, String name, String... values) {
        return new ParamValues(benchmarkClass, name, List.of(values));
    }

    public Timing timing() {
        return timing;
    }

    public List<ParamValues> params() {
        return params;
    }

    /** The benchmark classes (simple names) this profile runs; empty for all of them. */
    public List<String> onlyClasses() {
        return onlyClasses;
    }

    /** Steps of the Python π; 0 when the profile does not time Python (its run time would not fit). */
    public long pythonSteps() {
        return pythonSteps;
    }

    /** Timed repetitions of each Python π measurement. */
    public int pythonRepeats() {
        return pythonRepeats;
    }

    /** The name on the command line: {@code smoke}, {@code quick}, ... */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The profile named {@code name}, or an error listing the names there are. */
    public static Profile named(String name) {
        for (Profile profile : values()) {
            if (profile.cliName().equals(name)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + name + "' (" + names() + ")");
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(Profile::cliName).toList());
    }
}
