package dev.speedup.core.strategy;

import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import dev.speedup.core.kernel.SquareMap;

/** Runs every workload on the calling thread: the denominator of every speedup. */
final class SerialEngine extends AbstractEngine {

    SerialEngine(int parallelism) {
        super(Strategy.SERIAL, parallelism);
    }

    @Override
    double piSum(long steps, Partition partition, PiLoop loop) {
        // One worker: every partition is the whole range.
        return loop.sum(0, steps, 1, steps);
    }

    @Override
    void squareMapChecked(double[] in, double[] out) {
        SquareMap.applyRange(in, out, 0, in.length);
    }

    @Override
    void poolMapChecked(PoolFunction f, double[] in, double[] out, int chunk) {
        PoolMap.applyRange(f, in, out, 0, in.length);
    }

    /** The units called on this thread: the floor every other strategy's dispatch is measured from. */
    @Override
    long emptyUnits() {
        long sum = 0;
        for (int w = 0; w < parallelism(); w++) {
            sum += w + 1;
        }
        return sum;
    }

    @Override
    void release() {
        // No threads of its own.
    }
}
