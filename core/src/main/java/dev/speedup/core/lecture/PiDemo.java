package dev.speedup.core.lecture;

import dev.speedup.core.strategy.ParallelEngine;
import dev.speedup.core.strategy.Partition;
import dev.speedup.core.strategy.PiLoop;
import dev.speedup.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * The lecture's midpoint-rule pi, serial versus parallel with both times, through every strategy:
 * its loop ({@link PiLoop#NAIVE}) and its split ({@link Partition#STRIDED}, index i to worker i mod p).
 */
public final class PiDemo {
    private PiDemo() {}

    /** One strategy's pi and the median time of its runs; {@code speedup} is against the SERIAL row. */
    public record Row(Strategy strategy, double pi, long medianNanos, double speedup) {}

    public record Result(long steps, int workers, int runs, List<Row> rows) {
        public Row row(Strategy strategy) {
            return rows.stream()
                    .filter(r -> r.strategy() == strategy)
                    .findFirst()
                    .orElseThrow();
        }
    }

    public static Result run() {
        return run(10_000_000L, Math.max(2, Runtime.getRuntime().availableProcessors()), 5);
    }

    public static Result run(long steps, int workers, int runs) {
        List<long[]> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Strategy[] strategies = Strategy.values();
        for (Strategy strategy : strategies) {
            try (ParallelEngine engine = strategy.create(workers)) {
                // One untimed call first, so the timed ones measure compiled code, not the JIT.
                engine.pi(steps, Partition.STRIDED, PiLoop.NAIVE);
                long[] nanos = new long[runs];
                double pi = 0;
                for (int k = 0; k < runs; k++) {
                    long t0 = System.nanoTime();
                    pi = engine.pi(steps, Partition.STRIDED, PiLoop.NAIVE);
                    nanos[k] = System.nanoTime() - t0;
                }
                times.add(nanos);
                values.add(pi);
            }
        }
        long serial = Times.median(times.get(Strategy.SERIAL.ordinal()));
        List<Row> rows = new ArrayList<>();
        for (Strategy strategy : strategies) {
            long median = Times.median(times.get(strategy.ordinal()));
            rows.add(new Row(strategy, values.get(strategy.ordinal()), median, (double) serial / median));
        }
        return new Result(steps, workers, runs, List.copyOf(rows));
    }

    public static void print(Result r, java.io.PrintStream out) {
        out.printf(
                java.util.Locale.ROOT,
                "pi by the midpoint rule, %,d steps, %d workers (strided, the lecture's loop), median of %d runs:%n",
                r.steps(),
                r.workers(),
                r.runs());
        for (Row row : r.rows()) {
            out.printf(
                    java.util.Locale.ROOT,
                    "  %-16s pi = %.15f  in %10s  speedup %.2f%n",
                    row.strategy(),
                    row.pi(),
                    Times.ms(row.medianNanos()),
                    row.speedup());
        }
        out.println("  (the lecture, CPython: 2.38 s serial, 0.58 s with a pool of 4 on 4 cores)");
    }
}
