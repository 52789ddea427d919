package dev.speedup.benchmarks;

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
 * a few nanoseconds) and {@code chunk} (elements per task; 0 means Python's default chunksize,
 * ceil(size / 4p)). Every element of each iteration's output is checked against the serial kernel.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar PoolMapBenchmark -p strategy=EXECUTOR -p parallelism=2 -p cost=100</pre>
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

    double[] in;
    double[] out;
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
        f = new PoolFunction(cost);
        in = Inputs.ramp(size);
        out = new double[size];
        expected = new double[size];
        PoolMap.apply(f, in, expected);
        chunkSize = chunk == 0 ? defaultChunk(size, parallelism) : chunk;
        engine = strategy.create(parallelism);
    }

    @Setup(Level.Iteration)
    public void poison() {
        Arrays.fill(out, Double.NaN);
    }

    @Benchmark
    public double[] poolMap() {
        engine.poolMap(f, in, out, chunkSize);
        return out;
    }

    @TearDown(Level.Iteration)
    public void verify() {
        Answers.requireEqual(
                strategy + " poolMap(size=" + size + ", cost=" + cost + ", chunk=" + chunkSize + ") on p="
                        + parallelism,
                expected,
                out);
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
    }
}
