package dev.speedup.benchmarks;

import dev.speedup.core.forked.ForkedWorkerPool;
import dev.speedup.core.strategy.ParallelEngine;
import dev.speedup.core.strategy.Strategy;
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
 * The price of parallelism with nothing to parallelize: the time for a strategy's engine to hand p
 * empty units of work to its p workers and collect the answers ({@link
 * ParallelEngine#dispatchEmptyUnits()}), dispatched the way the engine dispatches a pi share, so
 * what is measured is the engine itself: {@code SERIAL} calls the p units inline, {@code THREADS}
 * starts and joins p new threads, {@code EXECUTOR} submits p tasks to its fixed pool, {@code
 * FORK_JOIN} forks and joins p tasks on its {@code ForkJoinPool(p)}, {@code PARALLEL_STREAM} runs a
 * parallel stream of p elements inside that pool, {@code FORKED_JVM} sends a one-double echo to each
 * of its p worker JVMs and reads the replies. A workload of less work than this per worker cannot
 * speed up. {@code forkedJvmSpawnToFirstReply} is the cost of starting a worker JVM for one task
 * (spawn-per-task), measured at p = 1 only.
 *
 * <p>Knobs: {@code strategy} (every {@link Strategy} constant), {@code parallelism} (p). Each
 * iteration's last answer (1 + 2 + ... + p, one term per unit) is checked.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar OverheadBenchmark -p strategy=THREADS -p parallelism=2</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 250, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class OverheadBenchmark {

    /** One strategy's way of dispatching p empty units. */
    @State(Scope.Benchmark)
    public static class Dispatch {
        @Param
        public Strategy strategy;

        @Param("1")
        public int parallelism;

        private ParallelEngine engine;
        long last;

        @Setup(Level.Trial)
        public void open() {
            engine = strategy.create(parallelism);
        }

        @Setup(Level.Iteration)
        public void forget() {
            last = -1;
        }

        @TearDown(Level.Iteration)
        public void verify() {
            Answers.requireEqual(
                    strategy + " dispatch of " + parallelism + " empty units",
                    (long) parallelism * (parallelism + 1) / 2,
                    last);
        }

        @TearDown(Level.Trial)
        public void close() {
            engine.close();
        }
    }

    @Benchmark
    public long dispatch(Dispatch s) {
        return s.last = s.engine.dispatchEmptyUnits();
    }

    /**
     * The lecture's {@code Process(target=...)}: start a fresh worker JVM, wait for its hello, send
     * one empty task, read the reply, shut it down. No strategy or parallelism: it runs at p = 1.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void forkedJvmSpawnToFirstReply() {
        ForkedWorkerPool.spawnAndPing();
    }
}
