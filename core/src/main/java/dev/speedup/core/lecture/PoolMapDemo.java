package dev.speedup.core.lecture;

import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import dev.speedup.core.strategy.ParallelEngine;
import dev.speedup.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;

/** The lecture's {@code Pool(2).map(f, range(1, 11))} with {@code f(x) = x + 10}, through every strategy. */
public final class PoolMapDemo {
    private PoolMapDemo() {}

    /** One strategy's answer and how long its {@code poolMap} call took (the engine already running). */
    public record Row(Strategy strategy, double[] out, long nanos) {}

    public record Result(int workers, int chunk, double[] in, List<Row> rows) {}

    public static Result run() {
        return run(2);
    }

    public static Result run(int workers) {
        double[] in = new double[10];
        for (int i = 0; i < in.length; i++) {
            in[i] = i + 1;
        }
        int chunk = pythonChunksize(in.length, workers);
        List<Row> rows = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            try (ParallelEngine engine = strategy.create(workers)) {
                double[] out = new double[in.length];
                long t0 = System.nanoTime();
                engine.poolMap(PoolFunction.plusTen(), in, out, chunk);
                rows.add(new Row(strategy, out, System.nanoTime() - t0));
            }
        }
        return new Result(workers, chunk, in, List.copyOf(rows));
    }

    /** {@code Pool.map}'s default chunksize: the items split in about four chunks per worker, rounded up. */
    static int pythonChunksize(int items, int workers) {
        return PoolMap.defaultChunk(items, workers);
    }

    public static void print(Result r, java.io.PrintStream out) {
        out.printf("pool of %d, f(x) = x + 10 over %s, chunksize %d:%n", r.workers(), Times.ints(r.in()), r.chunk());
        for (Row row : r.rows()) {
            out.printf("  %-16s %s  in %s%n", row.strategy(), Times.ints(row.out()), Times.ms(row.nanos()));
        }
    }
}
