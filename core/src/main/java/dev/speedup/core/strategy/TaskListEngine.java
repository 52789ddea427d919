package dev.speedup.core.strategy;

import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import dev.speedup.core.kernel.SquareMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Strategies that cut each workload into a list of tasks up front and run them all: p tasks for
 * pi and square-map, one task per chunk for pool map. Subclasses only say how a list of tasks runs.
 */
abstract class TaskListEngine extends AbstractEngine {

    TaskListEngine(Strategy strategy, int parallelism) {
        super(strategy, parallelism);
    }

    /** Runs every task, waits for all, and returns their results in task order. */
    abstract <T> List<T> runAll(List<Callable<T>> tasks);

    @Override
    final double piSum(long steps, Partition partition, PiLoop loop) {
        int workers = workersFor(steps);
        List<Callable<Double>> tasks = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            tasks.add(() -> partition.partialSum(loop, steps, worker, workers));
        }
        double sum = 0.0;
        for (double partial : runAll(tasks)) {
            sum += partial; // in worker order: the same bits every time
        }
        return sum;
    }

    @Override
    final long emptyUnits() {
        List<Callable<Long>> units = new ArrayList<>(parallelism());
        for (int w = 0; w < parallelism(); w++) {
            long answer = w + 1;
            units.add(() -> answer);
        }
        long sum = 0;
        for (long answer : runAll(units)) {
            sum += answer;
        }
        return sum;
    }

    @Override
    final void squareMapChecked(double[] in, double[] out) {
        int blocks = workersFor(in.length);
        List<Callable<Void>> tasks = new ArrayList<>(blocks);
        for (int k = 0; k < blocks; k++) {
            int lo = (int) Partition.blockStart(in.length, blocks, k);
            int hi = (int) Partition.blockStart(in.length, blocks, k + 1);
            tasks.add(() -> {
                SquareMap.applyRange(in, out, lo, hi);
                return null;
            });
        }
        runAll(tasks);
    }

    @Override
    void poolMapChecked(PoolFunction f, double[] in, double[] out, int chunk) {
        int chunks = PoolMap.chunkCount(in.length, chunk);
        List<Callable<Void>> tasks = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int index = c;
            tasks.add(() -> {
                PoolMap.applyChunk(f, in, out, chunk, index);
                return null;
            });
        }
        runAll(tasks);
    }
}
