package dev.speedup.core.strategy;

import dev.speedup.core.forked.ForkedWorkerPool;
import dev.speedup.core.forked.Task;
import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs each workload on a {@link ForkedWorkerPool} of p child JVMs started with the engine: pi
 * ships only ranges, the maps ship their doubles there and back, so IPC is part of the cost.
 */
final class ForkedJvmEngine extends AbstractEngine {
    /** Doubles per frame at most (32 MiB each way): larger blocks go as several frames. */
    static final int MAX_FRAME_ELEMENTS = 1 << 22;
    /**
     * Pool map ships at least this many elements per frame, a batch of whole chunks, as long as
     * every worker still gets about {@value #FRAMES_PER_WORKER} frames: one frame per tiny chunk
     * would measure the pipe, not the map. Python's {@code Pool.map} batches its chunks too.
     */
    static final int MIN_BATCH_ELEMENTS = 1 << 10;

    static final int FRAMES_PER_WORKER = 4;

    private final ForkedWorkerPool pool;

    ForkedJvmEngine(int parallelism) {
        super(Strategy.FORKED_JVM, parallelism);
        this.pool = ForkedWorkerPool.start(parallelism);
    }

    @Override
    double piSum(long steps, Partition partition, PiLoop loop) {
        int workers = workersFor(steps);
        List<Task> tasks = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            // The share Partition.partialSum sums for worker w, so the bits match the threads'.
            Partition.Share share = partition.share(steps, w, workers);
            tasks.add(Task.piSum(loop, share.first(), share.end(), share.stride(), steps));
        }
        double sum = 0.0;
        for (double[] partial : pool.invokeAll(tasks)) {
            sum += partial[0]; // in worker order: the same bits every time
        }
        return sum;
    }

    /** One block per worker, each cut into frames of at most {@link #MAX_FRAME_ELEMENTS}. */
    @Override
    void squareMapChecked(double[] in, double[] out) {
        int workers = workersFor(in.length);
        long perWorker = ((long) in.length + workers - 1) / workers;
        int pieces = workers * (int) ((perWorker + MAX_FRAME_ELEMENTS - 1) / MAX_FRAME_ELEMENTS);
        List<Task> tasks = new ArrayList<>(pieces);
        for (int k = 0; k < pieces; k++) {
            tasks.add(Task.squareMap(in, (int) Partition.blockStart(in.length, pieces, k), (int)
                    Partition.blockStart(in.length, pieces, k + 1)));
        }
        gather(tasks, out);
    }

    @Override
    void poolMapChecked(PoolFunction f, double[] in, double[] out, int chunk) {
        int chunks = PoolMap.chunkCount(in.length, chunk);
        long wanted = (MIN_BATCH_ELEMENTS + chunk - 1) / chunk;
        long spread = Math.max(1, chunks / ((long) FRAMES_PER_WORKER * workersFor(chunks)));
        long batch = Math.max(1, Math.min(wanted, spread)) * chunk;
        List<Task> tasks = new ArrayList<>();
        for (long lo = 0; lo < in.length; lo += batch) {
            long end = Math.min(in.length, lo + batch);
            // A batch (or one huge chunk) longer than a frame goes in pieces: f is element-wise.
            for (long piece = lo; piece < end; piece += MAX_FRAME_ELEMENTS) {
                tasks.add(Task.poolMap(f, in, (int) piece, (int) Math.min(end, piece + MAX_FRAME_ELEMENTS), chunk));
            }
        }
        gather(tasks, out);
    }

    /** Runs map tasks over consecutive slices and copies each reply to its slice of {@code out}. */
    private void gather(List<Task> tasks, double[] out) {
        int at = 0;
        for (double[] slice : pool.invokeAll(tasks)) {
            System.arraycopy(slice, 0, out, at, slice.length);
            at += slice.length;
        }
        if (at != out.length) {
            throw new IllegalStateException("workers returned " + at + " doubles for " + out.length);
        }
    }

    /** A one-double echo to each worker JVM: a round trip through the pipes per unit, as a pi share costs. */
    @Override
    long emptyUnits() {
        List<Task> units = new ArrayList<>(parallelism());
        for (int w = 0; w < parallelism(); w++) {
            units.add(Task.echo(new double[] {w + 1}));
        }
        long sum = 0;
        for (double[] reply : pool.invokeAll(units)) {
            sum += (long) reply[0];
        }
        return sum;
    }

    @Override
    void release() {
        pool.close();
    }
}
