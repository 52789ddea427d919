package dev.speedup.core.strategy;

import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import dev.speedup.core.kernel.SquareMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The code a Java programmer writes first: {@code IntStream.range(...).parallel()}. The stream runs
 * inside a dedicated {@code ForkJoinPool(p)} (a stream started from a pool's task forks into that
 * pool), so p is honoured instead of the common pool's size. The stream decides how to split.
 */
final class ParallelStreamEngine extends AbstractEngine {
    private final ForkJoinPool pool;

    ParallelStreamEngine(int parallelism) {
        super(Strategy.PARALLEL_STREAM, parallelism);
        this.pool = DedicatedForkJoinPool.create(parallelism, threads);
    }

    @Override
    double piSum(long steps, Partition partition, PiLoop loop) {
        int workers = workersFor(steps);
        double[] partials = inPool(() -> IntStream.range(0, workers)
                .parallel()
                .mapToDouble(w -> partition.partialSum(loop, steps, w, workers))
                .toArray());
        double sum = 0.0;
        for (double partial : partials) {
            sum += partial; // toArray keeps encounter order: the same bits every time
        }
        return sum;
    }

    @Override
    void squareMapChecked(double[] in, double[] out) {
        inPool(() -> {
            IntStream.range(0, in.length).parallel().forEach(i -> out[i] = SquareMap.square(in[i]));
            return null;
        });
    }

    @Override
    void poolMapChecked(PoolFunction f, double[] in, double[] out, int chunk) {
        inPool(() -> {
            IntStream.range(0, PoolMap.chunkCount(in.length, chunk))
                    .parallel()
                    .forEach(c -> PoolMap.applyChunk(f, in, out, chunk, c));
            return null;
        });
    }

    @Override
    long emptyUnits() {
        return inPool(() -> IntStream.range(0, parallelism())
                .parallel()
                .mapToLong(w -> w + 1L)
                .sum());
    }

    private <T> T inPool(Callable<T> work) {
        return Failures.await(pool.submit(work));
    }

    @Override
    void release() {
        shutDown(pool);
    }
}
