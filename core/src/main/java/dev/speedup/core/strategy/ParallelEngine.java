package dev.speedup.core.strategy;

import dev.speedup.core.kernel.Doubles;
import dev.speedup.core.kernel.PoolFunction;

/**
 * A strategy's engine for a fixed parallelism: it owns its worker pool (if any) and runs the three
 * workloads on it. Results never depend on timing: partial results are combined in chunk order,
 * so one partition always gives the same bits. Not for concurrent use by several callers.
 *
 * <p>{@link #close()} returns only when every thread the engine started has ended.
 */
public interface ParallelEngine extends AutoCloseable {

    Strategy strategy();

    /** The number of workers this engine was created for. */
    int parallelism();

    /** pi by the midpoint rule with {@code steps >= 1} steps, the index space split by {@code partition}. */
    double pi(long steps, Partition partition, PiLoop loop);

    /** {@code out[i] = in[i] * in[i]}; {@code out} is a separate array of the same length. */
    void squareMap(double[] in, double[] out);

    /** {@code out[i] = f(in[i])}, handed to workers in chunks of {@code chunk} elements like {@code Pool.map}. */
    void poolMap(PoolFunction f, double[] in, double[] out, int chunk);

    /**
     * Hands p units of work that do nothing to the p workers, the way this engine hands out a pi
     * share, and waits for all of them: the engine's own dispatch cost, with no work to hide it.
     * Unit w (from 0) answers w + 1 and the answers are collected, so the result is
     * {@code p(p+1)/2} when every unit ran exactly once.
     */
    long dispatchEmptyUnits();

    /**
     * {@code length} zeroed doubles where this engine's workers reach them without a copy: the
     * heap for in-JVM strategies (their threads share it already), memory shared with the worker
     * JVMs for FORKED_JVM (the heap, after one warning line, where that cannot be made). Close it when done.
     */
    Doubles allocate(int length);

    /** {@link #squareMap(double[], double[])} on arrays from {@link #allocate} (any {@link Doubles} works). */
    void squareMap(Doubles in, Doubles out);

    /** {@link #poolMap(PoolFunction, double[], double[], int)} on arrays from {@link #allocate} (any works). */
    void poolMap(PoolFunction f, Doubles in, Doubles out, int chunk);

    /** Stops the engine's workers and waits until they have ended. Idempotent. */
    @Override
    void close();
}
