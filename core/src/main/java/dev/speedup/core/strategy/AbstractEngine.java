package dev.speedup.core.strategy;

import dev.speedup.core.kernel.Args;
import dev.speedup.core.kernel.Doubles;
import dev.speedup.core.kernel.HeapDoubles;
import dev.speedup.core.kernel.PoolFunction;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Checks arguments and the closed state once for every engine, so each strategy only splits
 * work and combines results.
 */
abstract class AbstractEngine implements ParallelEngine {
    static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    /** Makes, names and remembers every thread of this engine; unused by engines without threads. */
    final WorkerThreads threads;

    private final Strategy strategy;
    private final int parallelism;
    private final AtomicBoolean closed = new AtomicBoolean();

    AbstractEngine(Strategy strategy, int parallelism) {
        this.parallelism = Args.positive("parallelism", parallelism);
        this.strategy = strategy;
        this.threads = new WorkerThreads(strategy);
    }

    @Override
    public final Strategy strategy() {
        return strategy;
    }

    @Override
    public final int parallelism() {
        return parallelism;
    }

    @Override
    public final double pi(long steps, Partition partition, PiLoop loop) {
        Args.positive("steps", steps);
        Args.notNull("partition", partition);
        Args.notNull("loop", loop);
        checkOpen();
        if (!loop.isAvailable()) {
            throw new UnsupportedOperationException(loop.unavailableReason());
        }
        return piSum(steps, partition, loop) / steps;
    }

    @Override
    public final void squareMap(double[] in, double[] out) {
        Args.mapArrays(in, out);
        checkOpen();
        if (in.length > 0) {
            squareMapChecked(in, out);
        }
    }

    @Override
    public final void poolMap(PoolFunction f, double[] in, double[] out, int chunk) {
        Args.notNull("f", f);
        Args.mapArrays(in, out);
        Args.positive("chunk", chunk);
        checkOpen();
        if (in.length > 0) {
            poolMapChecked(f, in, out, chunk);
        }
    }

    @Override
    public final long dispatchEmptyUnits() {
        checkOpen();
        return emptyUnits();
    }

    @Override
    public final Doubles allocate(int length) {
        Args.nonNegative("length", length);
        checkOpen();
        return allocateChecked(length);
    }

    @Override
    public final void squareMap(Doubles in, Doubles out) {
        Args.mapArrays(in, out);
        checkOpen();
        if (in.length() > 0) {
            squareMapChecked(in, out);
        }
    }

    @Override
    public final void poolMap(PoolFunction f, Doubles in, Doubles out, int chunk) {
        Args.notNull("f", f);
        Args.mapArrays(in, out);
        Args.positive("chunk", chunk);
        checkOpen();
        if (in.length() > 0) {
            poolMapChecked(f, in, out, chunk);
        }
    }

    /** The heap: every thread of this JVM reaches it already. */
    Doubles allocateChecked(int length) {
        return Doubles.onHeap(new double[length]);
    }

    /** On the heap, in place; other memory is staged through heap arrays (an engine that can reach it overrides). */
    void squareMapChecked(Doubles in, Doubles out) {
        viaHeap(in, out, this::squareMapChecked);
    }

    /** On the heap, in place; other memory is staged through heap arrays (an engine that can reach it overrides). */
    void poolMapChecked(PoolFunction f, Doubles in, Doubles out, int chunk) {
        viaHeap(in, out, (heapIn, heapOut) -> poolMapChecked(f, heapIn, heapOut, chunk));
    }

    /** Runs {@code map} on the heap arrays themselves, or on heap copies of other memory. */
    private static void viaHeap(Doubles in, Doubles out, BiConsumer<double[], double[]> map) {
        if (in instanceof HeapDoubles && out instanceof HeapDoubles) {
            map.accept(((HeapDoubles) in).array(), ((HeapDoubles) out).array());
            return;
        }
        double[] heapIn = new double[in.length()];
        double[] heapOut = new double[in.length()];
        in.copyTo(heapIn);
        map.accept(heapIn, heapOut);
        out.copyFrom(heapOut);
    }

    @Override
    public final void close() {
        if (closed.compareAndSet(false, true)) { // two racing close() calls must not release twice
            release();
        }
    }

    /** The unscaled midpoint sum; arguments are valid. */
    abstract double piSum(long steps, Partition partition, PiLoop loop);

    /** The square-map over a non-empty input; arguments are valid. */
    abstract void squareMapChecked(double[] in, double[] out);

    /** The pool map over a non-empty input; arguments are valid. */
    abstract void poolMapChecked(PoolFunction f, double[] in, double[] out, int chunk);

    /** Runs p empty units, unit w answering w + 1, on the p workers and returns the sum of the answers. */
    abstract long emptyUnits();

    /** Stops the engine's workers and waits for them; called once. */
    abstract void release();

    /** How many of the p workers get a share of {@code units} units of work: never an empty share. */
    final int workersFor(long units) {
        return (int) Math.min(parallelism, units);
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException(strategy + " engine is closed");
        }
    }

    /** Shuts this engine's pool down, forcibly after a grace period, and waits until its threads have ended. */
    final void shutDown(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                pool.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
            if (!threads.awaitAllEnded(CLOSE_GRACE)) {
                throw new IllegalStateException("pool threads still running " + CLOSE_GRACE + " after close()");
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
