package dev.speedup.core.strategy;

import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import dev.speedup.core.kernel.SquareMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;

/**
 * Recursive halving on a dedicated {@code ForkJoinPool(p)}: a range is split until it is no larger
 * than the grain, so idle workers steal the other halves. The grain gives about
 * {@value #LEAVES_PER_WORKER} leaves per worker, but never less than a minimum that keeps the
 * cost of a task small beside its work.
 */
final class ForkJoinEngine extends AbstractEngine {
    static final int LEAVES_PER_WORKER = 4;
    /** About 20 µs of pi steps. */
    static final long PI_MIN_GRAIN = 1 << 14;
    /** 64 KiB of doubles in, 64 KiB out. */
    static final long MAP_MIN_GRAIN = 1 << 13;

    private final ForkJoinPool pool;

    ForkJoinEngine(int parallelism) {
        super(Strategy.FORK_JOIN, parallelism);
        this.pool = DedicatedForkJoinPool.create(parallelism, threads);
    }

    /** The largest range a task computes without splitting, for n units of work and p workers. */
    static long grain(long n, int parallelism, long minGrain) {
        long perLeaf = (n + (long) LEAVES_PER_WORKER * parallelism - 1) / ((long) LEAVES_PER_WORKER * parallelism);
        return Math.max(minGrain, perLeaf);
    }

    @Override
    double piSum(long steps, Partition partition, PiLoop loop) {
        if (partition == Partition.STRIDED) {
            int workers = workersFor(steps);
            return pool.invoke(new StridedPi(loop, steps, workers, 0, workers));
        }
        return pool.invoke(new BlockPi(loop, steps, 0, steps, grain(steps, parallelism(), PI_MIN_GRAIN)));
    }

    @Override
    void squareMapChecked(double[] in, double[] out) {
        int grain = (int) grain(in.length, parallelism(), MAP_MIN_GRAIN);
        pool.invoke(new RangeAction((lo, hi) -> SquareMap.applyRange(in, out, lo, hi), 0, in.length, grain));
    }

    /** Splits the chunk indices down to single chunks: the caller's chunk is the grain. */
    @Override
    void poolMapChecked(PoolFunction f, double[] in, double[] out, int chunk) {
        RangeBody chunks = (first, end) -> {
            for (int c = first; c < end; c++) {
                PoolMap.applyChunk(f, in, out, chunk, c);
            }
        };
        pool.invoke(new RangeAction(chunks, 0, PoolMap.chunkCount(in.length, chunk), 1));
    }

    /** Forked and joined like the strided pi's shares: one leaf per worker. */
    @Override
    long emptyUnits() {
        return pool.invoke(new EmptyUnits(0, parallelism()));
    }

    @Override
    void release() {
        shutDown(pool);
    }

    /** The midpoint sum over {@code [lo, hi)}: left half plus right half, always in that order. */
    private static final class BlockPi extends RecursiveTask<Double> {
        private final PiLoop loop;
        private final long steps, lo, hi, grain;

        BlockPi(PiLoop loop, long steps, long lo, long hi, long grain) {
            this.loop = loop;
            this.steps = steps;
            this.lo = lo;
            this.hi = hi;
            this.grain = grain;
        }

        @Override
        protected Double compute() {
            if (hi - lo <= grain) {
                return loop.sum(lo, hi, 1, steps);
            }
            long mid = lo + (hi - lo) / 2;
            BlockPi left = new BlockPi(loop, steps, lo, mid, grain);
            left.fork();
            double right = new BlockPi(loop, steps, mid, hi, grain).compute();
            return left.join() + right;
        }
    }

    /** The lecture's strided partition: workers {@code [from, to)} of p, one leaf per worker. */
    private static final class StridedPi extends RecursiveTask<Double> {
        private final PiLoop loop;
        private final long steps;
        private final int workers, from, to;

        StridedPi(PiLoop loop, long steps, int workers, int from, int to) {
            this.loop = loop;
            this.steps = steps;
            this.workers = workers;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Double compute() {
            if (to - from == 1) {
                return Partition.STRIDED.partialSum(loop, steps, from, workers);
            }
            int mid = (from + to) >>> 1;
            StridedPi left = new StridedPi(loop, steps, workers, from, mid);
            left.fork();
            double right = new StridedPi(loop, steps, workers, mid, to).compute();
            return left.join() + right;
        }
    }

    /** Units {@code [from, to)}, unit w answering w + 1, halved down to one unit per task. */
    private static final class EmptyUnits extends RecursiveTask<Long> {
        private final int from, to;

        EmptyUnits(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from == 1) {
                return from + 1L;
            }
            int mid = (from + to) >>> 1;
            EmptyUnits left = new EmptyUnits(from, mid);
            left.fork();
            long right = new EmptyUnits(mid, to).compute();
            return left.join() + right;
        }
    }

    /** The work on one leaf range. */
    @FunctionalInterface
    private interface RangeBody {
        void run(int lo, int hi);
    }

    /** Halves {@code [lo, hi)} until a piece is no larger than the grain, then runs the body on it. */
    private static final class RangeAction extends RecursiveAction {
        private final RangeBody body;
        private final int lo, hi, grain;

        RangeAction(RangeBody body, int lo, int hi, int grain) {
            this.body = body;
            this.lo = lo;
            this.hi = hi;
            this.grain = grain;
        }

        @Override
        protected void compute() {
            if (hi - lo <= grain) {
                body.run(lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new RangeAction(body, lo, mid, grain), new RangeAction(body, mid, hi, grain));
        }
    }
}
