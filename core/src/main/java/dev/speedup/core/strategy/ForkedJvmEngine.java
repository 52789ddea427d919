package dev.speedup.core.strategy;

import dev.speedup.core.forked.ForkedWorkerPool;
import dev.speedup.core.forked.SharedDoubles;
import dev.speedup.core.forked.Task;
import dev.speedup.core.kernel.Doubles;
import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs each workload on a {@link ForkedWorkerPool} of p child JVMs started with the engine. Pi
 * ships only ranges. The maps work in memory shared with the workers ({@link SharedDoubles}):
 * on arrays from {@link #allocate} in place, with only offsets and lengths on the pipes; on heap
 * arrays after copying them into shared staging arrays and the results back, by p threads (the
 * honest cost of starting on the heap). Small heap maps, and every map where shared memory cannot
 * be made (one warning line), ship their doubles through the pipes instead.
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
    /** Heap maps smaller than this (256 KiB) go through the pipes: a copy costs more than it saves there. */
    static final int SHARED_MIN_ELEMENTS = 1 << 15;

    private final ForkedWorkerPool pool;
    /** Copies heap arrays into and out of shared memory, one block each; null for p = 1. */
    private final ExecutorService copiers;

    private SharedDoubles stageIn;
    private SharedDoubles stageOut;
    /** Set after shared memory could not be made once: every later map uses the pipes, without a new warning. */
    private boolean sharedUnavailable;

    ForkedJvmEngine(int parallelism) {
        super(Strategy.FORKED_JVM, parallelism);
        this.pool = ForkedWorkerPool.start(parallelism);
        this.copiers = parallelism > 1 ? Executors.newFixedThreadPool(parallelism, threads) : null;
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

    @Override
    Doubles allocateChecked(int length) {
        if (!sharedUnavailable) {
            try {
                return SharedDoubles.create(length);
            } catch (IOException | RuntimeException e) {
                fallBackToPipes(e);
            }
        }
        return super.allocateChecked(length);
    }

    @Override
    void squareMapChecked(double[] in, double[] out) {
        if (staged(in)) {
            squareMapShared(stageIn, stageOut, in.length);
            copyOut(out);
        } else {
            squareMapPiped(in, out);
        }
    }

    @Override
    void squareMapChecked(Doubles in, Doubles out) {
        if (in instanceof SharedDoubles && out instanceof SharedDoubles) {
            squareMapShared((SharedDoubles) in, (SharedDoubles) out, in.length());
        } else {
            super.squareMapChecked(in, out);
        }
    }

    @Override
    void poolMapChecked(PoolFunction f, double[] in, double[] out, int chunk) {
        if (staged(in)) {
            poolMapShared(f, stageIn, stageOut, in.length, chunk);
            copyOut(out);
        } else {
            poolMapPiped(f, in, out, chunk);
        }
    }

    @Override
    void poolMapChecked(PoolFunction f, Doubles in, Doubles out, int chunk) {
        if (in instanceof SharedDoubles && out instanceof SharedDoubles) {
            poolMapShared(f, (SharedDoubles) in, (SharedDoubles) out, in.length(), chunk);
        } else {
            super.poolMapChecked(f, in, out, chunk);
        }
    }

    /** One block per worker, computed in place: only the range crosses the pipe. */
    private void squareMapShared(SharedDoubles in, SharedDoubles out, int length) {
        int workers = workersFor(length);
        List<Task> tasks = new ArrayList<>(workers);
        for (int k = 0; k < workers; k++) {
            tasks.add(Task.squareMap(in, out, (int) Partition.blockStart(length, workers, k), (int)
                    Partition.blockStart(length, workers, k + 1)));
        }
        pool.invokeAll(tasks);
    }

    /** The same batches of whole chunks as through the pipes, computed in place. */
    private void poolMapShared(PoolFunction f, SharedDoubles in, SharedDoubles out, int length, int chunk) {
        long batch = batchElements(length, chunk);
        List<Task> tasks = new ArrayList<>();
        for (long lo = 0; lo < length; lo += batch) {
            tasks.add(Task.poolMap(f, in, out, (int) lo, (int) Math.min(length, lo + batch)));
        }
        pool.invokeAll(tasks);
    }

    /**
     * Whether {@code in} is now in the shared staging array, copied there by p threads; false
     * when it is too small to be worth it or shared memory cannot be had.
     */
    private boolean staged(double[] in) {
        if (in.length < SHARED_MIN_ELEMENTS || sharedUnavailable) {
            return false;
        }
        if (stageIn == null || stageIn.length() < in.length) {
            closeStaging();
            try {
                stageIn = SharedDoubles.create(in.length);
                stageOut = SharedDoubles.create(in.length);
            } catch (IOException | RuntimeException e) {
                closeStaging();
                fallBackToPipes(e);
                return false;
            }
        }
        inParallel(in.length, (lo, hi) -> stageIn.put(lo, in, lo, hi - lo));
        return true;
    }

    private void copyOut(double[] out) {
        inParallel(out.length, (lo, hi) -> stageOut.get(lo, out, lo, hi - lo));
    }

    private void fallBackToPipes(Exception e) {
        if (!sharedUnavailable) {
            sharedUnavailable = true;
            System.err.println("speedup: FORKED_JVM cannot use shared memory in " + SharedDoubles.directory() + " ("
                    + e.getMessage() + "); its maps go through pipes");
        }
    }

    /** A range operation on {@code [lo, hi)}. */
    private interface Block {
        void run(int lo, int hi);
    }

    /** Runs {@code block} over {@code [0, length)} cut into one block per copier thread. */
    private void inParallel(int length, Block block) {
        int blocks = workersFor(length);
        if (copiers == null || blocks == 1) {
            block.run(0, length);
            return;
        }
        List<Callable<Void>> tasks = new ArrayList<>(blocks);
        for (int k = 0; k < blocks; k++) {
            int lo = (int) Partition.blockStart(length, blocks, k);
            int hi = (int) Partition.blockStart(length, blocks, k + 1);
            tasks.add(() -> {
                block.run(lo, hi);
                return null;
            });
        }
        Failures.invokeAll(copiers, tasks);
    }

    /** One block per worker, each cut into frames of at most {@link #MAX_FRAME_ELEMENTS}. */
    private void squareMapPiped(double[] in, double[] out) {
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

    /**
     * Elements per pool-map task: whole chunks, at least {@link #MIN_BATCH_ELEMENTS} as long as
     * every worker still gets about {@value #FRAMES_PER_WORKER} tasks to balance with.
     */
    private long batchElements(int length, int chunk) {
        int chunks = PoolMap.chunkCount(length, chunk);
        long wanted = (MIN_BATCH_ELEMENTS + chunk - 1) / chunk;
        long spread = Math.max(1, chunks / ((long) FRAMES_PER_WORKER * workersFor(chunks)));
        return Math.max(1, Math.min(wanted, spread)) * chunk;
    }

    private void poolMapPiped(PoolFunction f, double[] in, double[] out, int chunk) {
        long batch = batchElements(in.length, chunk);
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

    private void closeStaging() {
        if (stageIn != null) {
            stageIn.close();
        }
        if (stageOut != null) {
            stageOut.close();
        }
        stageIn = null;
        stageOut = null;
    }

    @Override
    void release() {
        try {
            pool.close();
        } finally {
            closeStaging();
            if (copiers != null) {
                shutDown(copiers);
            }
        }
    }
}
