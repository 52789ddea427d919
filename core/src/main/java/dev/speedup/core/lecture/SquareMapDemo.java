package dev.speedup.core.lecture;

import dev.speedup.core.strategy.ParallelEngine;
import dev.speedup.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The lecture's parallel square-map: the squares of 0..99 with 4 workers, through every strategy. */
public final class SquareMapDemo {
    private SquareMapDemo() {}

    public record Row(Strategy strategy, double[] out, long nanos) {}

    public record Result(int workers, double[] in, List<Row> rows) {}

    public static Result run() {
        return run(100, 4);
    }

    public static Result run(int size, int workers) {
        double[] in = new double[size];
        for (int i = 0; i < size; i++) {
            in[i] = i;
        }
        List<Row> rows = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            try (ParallelEngine engine = strategy.create(workers)) {
                double[] out = new double[size];
                long t0 = System.nanoTime();
                engine.squareMap(in, out);
                rows.add(new Row(strategy, out, System.nanoTime() - t0));
            }
        }
        return new Result(workers, in, List.copyOf(rows));
    }

    public static void print(Result r, java.io.PrintStream out) {
        double[] first = r.rows().get(0).out();
        out.printf("squares of 0..%d with %d workers:%n%s%n", r.in().length - 1, r.workers(), Times.ints(first));
        for (Row row : r.rows()) {
            out.printf(
                    "  %-16s %s  in %s%n",
                    row.strategy(),
                    Arrays.equals(row.out(), first) ? "same list" : "DIFFERENT: " + Times.ints(row.out()),
                    Times.ms(row.nanos()));
        }
    }
}
