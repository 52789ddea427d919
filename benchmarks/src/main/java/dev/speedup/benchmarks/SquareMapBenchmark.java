package dev.speedup.benchmarks;

import dev.speedup.core.kernel.Doubles;
import dev.speedup.core.kernel.SquareMap;
import dev.speedup.core.strategy.ParallelEngine;
import dev.speedup.core.strategy.Partition;
import dev.speedup.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Time for one square-map {@code out[i] = in[i] * in[i]} of {@code size} doubles by a strategy on p
 * workers ({@code squareMap}), beside the time to copy the same bytes with {@code System.arraycopy}
 * on p threads ({@code arraycopy}): one multiply per 16 bytes moved, so once the arrays outgrow the
 * last-level cache the map runs at memory bandwidth and the copy is its ceiling on that machine.
 *
 * <p>Knobs: {@code strategy} (every {@link Strategy} constant; {@code squareMap} only),
 * {@code parallelism} (p), {@code size} (elements per array; the default's largest, 3 x 10^7
 * doubles = 240 MB per array, is beyond most last-level caches; the full profile adds 10^8 =
 * 800 MB per array for servers with very large caches), {@code memory} (see {@link Memory}:
 * {@code HEAP} arrays, or {@code SHARED}, the strategy's own buffers made and filled in setup;
 * FORKED_JVM maps these in every worker, the in-JVM strategies use the heap they already share,
 * so for them both rows measure the same thing). The copy lives in its own state so its CSV rows
 * carry no {@code strategy}. Every element of each iteration's output is checked.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar SquareMapBenchmark -p strategy=EXECUTOR -p parallelism=2 -p size=1000000</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 250, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class SquareMapBenchmark {

    /** The map run by a strategy's engine. */
    @State(Scope.Benchmark)
    public static class Engines {
        @Param
        public Strategy strategy;

        @Param("1")
        public int parallelism;

        @Param({"1000", "1000000", "30000000"})
        public int size;

        @Param({"HEAP", "SHARED"})
        public Memory memory;

        double[] in;
        double[] out;
        /** The engine's own buffers when {@code memory = SHARED}, else null. */
        Doubles sharedIn;

        Doubles sharedOut;
        private ParallelEngine engine;

        @Setup(Level.Trial)
        public void open() {
            in = Inputs.ramp(size);
            out = new double[size];
            engine = strategy.create(parallelism);
            sharedIn = memory.buffer(engine, in);
            sharedOut = memory.buffer(engine, out);
        }

        /** Maps once; the output, for the benchmark to return. */
        Object map() {
            if (sharedIn != null) {
                engine.squareMap(sharedIn, sharedOut);
                return sharedOut;
            }
            engine.squareMap(in, out);
            return out;
        }

        /** NaN everywhere, so an element this iteration never wrote fails the check. */
        @Setup(Level.Iteration)
        public void poison() {
            if (sharedOut != null) {
                sharedOut.fill(Double.NaN);
            } else {
                Arrays.fill(out, Double.NaN);
            }
        }

        @TearDown(Level.Iteration)
        public void verify() {
            if (sharedOut != null) {
                sharedOut.copyTo(out);
            }
            // Element by element, not into a third array: at 10^8 that would be 800 MB of garbage
            // per iteration, collected during the next measured one.
            Answers.requireMapped(
                    strategy + " squareMap(" + size + ") on p=" + parallelism, in, SquareMap::square, out);
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

    /** The same bytes moved by {@code System.arraycopy}, one block per thread. */
    @State(Scope.Benchmark)
    public static class Copy {
        @Param("1")
        public int parallelism;

        @Param({"1000", "1000000", "30000000"})
        public int size;

        double[] in;
        double[] out;
        private ExecutorService pool;
        private List<Callable<Void>> blocks;

        @Setup(Level.Trial)
        public void open() {
            in = Inputs.ramp(size);
            out = new double[size];
            int workers = (int) Math.min(parallelism, size);
            blocks = new ArrayList<>(workers);
            for (int k = 0; k < workers; k++) {
                int lo = (int) Partition.blockStart(size, workers, k);
                int hi = (int) Partition.blockStart(size, workers, k + 1);
                blocks.add(() -> {
                    System.arraycopy(in, lo, out, lo, hi - lo);
                    return null;
                });
            }
            // One worker copies on the calling thread: no pool hand-off in the single-core ceiling.
            pool = workers > 1 ? Executors.newFixedThreadPool(workers, Pools.daemons("speedup-arraycopy")) : null;
        }

        void copy() throws InterruptedException, ExecutionException {
            if (pool == null) {
                System.arraycopy(in, 0, out, 0, size);
                return;
            }
            for (Future<Void> block : pool.invokeAll(blocks)) {
                block.get();
            }
        }

        @Setup(Level.Iteration)
        public void poison() {
            Arrays.fill(out, Double.NaN);
        }

        @TearDown(Level.Iteration)
        public void verify() {
            Answers.requireEqual("arraycopy(" + size + ") on p=" + parallelism, in, out);
        }

        @TearDown(Level.Trial)
        public void close() throws InterruptedException {
            if (pool != null) {
                Pools.shutDownNow(pool);
            }
        }
    }

    @Benchmark
    public Object squareMap(Engines s) {
        return s.map();
    }

    @Benchmark
    public double[] arraycopy(Copy c) throws InterruptedException, ExecutionException {
        c.copy();
        return c.out;
    }
}
