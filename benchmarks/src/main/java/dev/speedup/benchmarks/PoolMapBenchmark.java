package dev.speedup.benchmarks;

import dev.speedup.core.kernel.Doubles;
import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import dev.speedup.core.strategy.ParallelEngine;
import dev.speedup.core.strategy.Strategy;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time for one pool map ({@code Pool.map(f, xs, chunksize)}) of {@code size} elements by a strategy
 * on p workers, where {@code f} is the lecture's {@code x + 10} after {@code cost} rounds of
 * dependent arithmetic: the N (size) by Q (cost) grid shows where each strategy starts to pay off
 * and where its dispatch cost eats the gain.
 *
 * <p>Knobs: {@code strategy} (every {@link Strategy} constant), {@code parallelism} (p),
 * {@code size} (N), {@code cost} (Q; 0 is exactly the lecture's {@code x + 10}, each round about
 * a few nanoseconds), {@code chunk} (elements per task; 0 means Python's default chunksize,
 * ceil(size / 4p)), {@code skew} (the first eighth of the input costs {@code skew} times the
 * rest: 1 is even work; 8 shows how each strategy deals tasks. The eighth is fixed, not "the first
 * chunk", so the work is the same at every p and speedups stay honest; at p = 2 with Python's
 * default chunksize it is exactly the first of 8 chunks, and a strategy that deals chunks in a fixed
 * order (THREADS: w, w + p, ...) leaves one worker with that chunk and three more, at best
 * 15 / 11 = 1.36x, where first-free dispatch reaches 15 / 8 = 1.88x; no effect at cost 0) and {@code memory} (see {@link Memory}:
 * {@code HEAP} arrays, or {@code SHARED}, the strategy's own buffers; FORKED_JVM maps these in
 * every worker, the in-JVM strategies use the heap they already share). Every element of each
 * iteration's output is checked against the serial kernel.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar PoolMapBenchmark -p strategy=EXECUTOR -p parallelism=2 -p cost=100 -p skew=1,8</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 250, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
@State(Scope.Benchmark)
public class PoolMapBenchmark {
    @Param
    public Strategy strategy;

    @Param("1")
    public int parallelism;

    @Param({"100", "10000"})
    public int size;

    @Param({"0", "100", "10000"})
    public int cost;

    @Param("0")
    public int chunk;

    @Param("1")
    public int skew;

    @Param({"HEAP", "SHARED"})
    public Memory memory;

    double[] in;
    double[] out;
    /** The engine's own buffers when {@code memory = SHARED}, else null. */
    private Doubles sharedIn;

    Doubles sharedOut;
    private double[] expected;
    private PoolFunction f;
    private int chunkSize;
    private ParallelEngine engine;

    /** Python's {@code Pool.map} default: four chunks per worker, rounded up. */
    static int defaultChunk(int size, int parallelism) {
        return PoolMap.defaultChunk(size, parallelism);
    }

    @Setup(Level.Trial)
    public void open() {
        in = Inputs.ramp(size);
        out = new double[size];
        chunkSize = chunk == 0 ? defaultChunk(size, parallelism) : chunk;
        // The ramp rises, so exactly the first eighth of the elements lie below this bound, whatever p is.
        f = skew == 1 ? new PoolFunction(cost) : PoolFunction.skewed(cost, skew, 1.0 + 0.5 * (size / 8));
        expected = new double[size];
        PoolMap.apply(f, in, expected);
        engine = strategy.create(parallelism);
        sharedIn = memory.buffer(engine, in);
        sharedOut = memory.buffer(engine, out);
    }

    @Setup(Level.Iteration)
    public void poison() {
        if (sharedOut != null) {
            sharedOut.fill(Double.NaN);
        } else {
            Arrays.fill(out, Double.NaN);
        }
    }

    @Benchmark
    public Object poolMap() {
        if (sharedIn != null) {
            engine.poolMap(f, sharedIn, sharedOut, chunkSize);
            return sharedOut;
        }
        engine.poolMap(f, in, out, chunkSize);
        return out;
    }

    @TearDown(Level.Iteration)
    public void verify() {
        if (sharedOut != null) {
            sharedOut.copyTo(out);
        }
        Answers.requireEqual(
                strategy + " poolMap(size=" + size + ", cost=" + cost + ", skew=" + skew + ", chunk=" + chunkSize
                        + ", memory=" + memory + ") on p="
                        + parallelism,
                expected,
                out);
    }

    @TearDown(Level.Trial)
    public void close() {
        if (sharedIn != null) {
            sharedIn.close();
            sharedOut.close();
        }
        engine.close();
    }
}
