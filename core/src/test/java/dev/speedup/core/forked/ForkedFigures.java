package dev.speedup.core.forked;

import dev.speedup.core.strategy.ParallelEngine;
import dev.speedup.core.strategy.Partition;
import dev.speedup.core.strategy.PiLoop;
import dev.speedup.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The figures quoted in {@link ForkedWorkerPool}'s Javadoc and the README, as medians of repeated
 * runs: child flag sets, pool start-up, round trip, 8 MiB each way, and pi FORKED_JVM vs THREADS.
 * Not a test (timings are never asserted). Run after {@code ./mvnw -pl core test-compile}:
 * {@code java -cp core/target/classes:core/target/test-classes dev.speedup.core.forked.ForkedFigures}
 */
public final class ForkedFigures {
    /** Extra flags after CHILD_JVM_ARGS; later flags win, so each set is the chosen one changed in one way. */
    private static final List<List<String>> FLAG_SETS = List.of(
            List.of(), // the chosen flags: default GC (G1 on 2+ CPUs), -UsePerfData, -Xshare:auto
            List.of("-XX:+UsePerfData"),
            List.of("-XX:+UseSerialGC"),
            List.of("-XX:TieredStopAtLevel=1"),
            List.of("-Xshare:off"));

    private ForkedFigures() {}

    public static void main(String[] args) {
        System.out.println("java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs; every figure is a median");
        flagSets();
        for (int p : new int[] {1, 2, 4}) {
            System.out.printf(
                    "pool start-up p=%d: %.0f ms (median of 9)%n",
                    p,
                    median(
                                    9,
                                    () -> time(() ->
                                            ForkedWorkerPool.builder(p).start().close()))
                            / 1e6);
        }
        System.out.printf(
                "spawn-per-task (start, hello, ping, shutdown): %.0f ms (median of 9)%n",
                median(9, () -> time(ForkedWorkerPool::spawnAndPing)) / 1e6);
        try (ForkedWorkerPool pool = ForkedWorkerPool.start(1)) {
            int pings = 5000;
            for (int i = 0; i < 20_000; i++) {
                pool.ping(); // warm both JITs
            }
            System.out.printf(
                    "empty-task round trip: %.1f us (median of 15 x %d)%n",
                    median(
                                    15,
                                    () -> time(() -> {
                                        for (int i = 0; i < pings; i++) {
                                            pool.ping();
                                        }
                                    }))
                            / 1e3
                            / pings,
                    pings);
            double[] data = new double[1 << 20];
            Arrays.fill(data, 1.5);
            for (int i = 0; i < 10; i++) {
                pool.echo(data);
            }
            double echo = median(21, () -> time(() -> pool.echo(data))) / 1e6;
            System.out.printf(
                    "8 MiB of doubles there and back: %.1f ms (median of 21) = %.2f GB/s each way%n",
                    echo, 2 * 8.0 * (1 << 20) / (echo * 1e6));
        }
        piForkedVersusThreads();
    }

    /** The three engines measured in turn within each round, so drifting machine load hits all alike. */
    private static void piForkedVersusThreads() {
        long steps = 100_000_000L;
        Strategy[] strategies = {Strategy.SERIAL, Strategy.THREADS, Strategy.FORKED_JVM};
        List<ParallelEngine> engines = new ArrayList<>();
        for (Strategy s : strategies) {
            engines.add(s.create(s == Strategy.SERIAL ? 1 : 2));
        }
        try {
            List<List<Long>> samples = new ArrayList<>();
            for (int k = 0; k < strategies.length; k++) {
                samples.add(new ArrayList<>());
            }
            for (int round = -5; round < 15; round++) {
                for (int k = 0; k < strategies.length; k++) {
                    ParallelEngine engine = engines.get(k);
                    long t = time(() -> engine.pi(steps, Partition.BLOCK, PiLoop.TUNED));
                    if (round >= 0) {
                        samples.get(k).add(t); // the first five rounds warm the JITs
                    }
                }
            }
            for (int k = 0; k < strategies.length; k++) {
                System.out.printf(
                        "pi 10^8 TUNED BLOCK %-10s p=%d: %6.1f ms (median of 15)%n",
                        strategies[k], engines.get(k).parallelism(), median(samples.get(k)) / 1e6);
            }
        } finally {
            engines.forEach(ParallelEngine::close);
        }
    }

    /**
     * For each flag set: start-up of one child to its hello (and close), and pi 10^8 TUNED inside
     * it once warm. Sets are measured in turn within each round, so load drift hits all alike.
     */
    private static void flagSets() {
        Task pi = Task.piSum(PiLoop.TUNED, 0, 100_000_000L, 1, 100_000_000L);
        List<List<Long>> starts = new ArrayList<>();
        List<List<Long>> pis = new ArrayList<>();
        List<List<Long>> cpus = new ArrayList<>();
        for (int k = 0; k < FLAG_SETS.size(); k++) {
            cpus.add(new ArrayList<>());
            starts.add(new ArrayList<>());
            pis.add(new ArrayList<>());
        }
        for (int round = -1; round < 11; round++) {
            for (int k = 0; k < FLAG_SETS.size(); k++) {
                List<String> flags = FLAG_SETS.get(k);
                ForkedWorkerPool[] pool = new ForkedWorkerPool[1];
                long start = time(() ->
                        pool[0] = ForkedWorkerPool.builder(1).jvmArgs(flags).start());
                // CPU the child burned to reach its hello: steadier than wall time on a loaded box.
                long cpu = ProcessHandle.of(pool[0].pids().get(0))
                        .flatMap(h -> h.info().totalCpuDuration())
                        .map(java.time.Duration::toNanos)
                        .orElse(-1L);
                try {
                    for (int i = 0; i < 3; i++) {
                        pool[0].invoke(pi); // warm the child's JIT
                    }
                    long piTime = time(() -> pool[0].invoke(pi));
                    if (round >= 0) {
                        starts.get(k).add(start);
                        cpus.get(k).add(cpu);
                        pis.get(k).add(piTime);
                    }
                } finally {
                    pool[0].close();
                }
            }
        }
        for (int k = 0; k < FLAG_SETS.size(); k++) {
            System.out.printf(
                    "child flags +%-26s start-up to hello %4.0f ms wall, %4.0f ms child CPU;"
                            + " pi 10^8 in the child %6.1f ms (medians of 11)%n",
                    FLAG_SETS.get(k), median(starts.get(k)) / 1e6, median(cpus.get(k)) / 1e6, median(pis.get(k)) / 1e6);
        }
    }

    private static long time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return System.nanoTime() - t0;
    }

    private static double median(int n, LongSupplier sample) {
        List<Long> xs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            xs.add(sample.getAsLong());
        }
        return median(xs);
    }

    private static double median(List<Long> samples) {
        List<Long> xs = new ArrayList<>(samples);
        int n = xs.size();
        xs.sort(null);
        return n % 2 == 1 ? xs.get(n / 2) : (xs.get(n / 2 - 1) + xs.get(n / 2)) / 2.0;
    }
}
