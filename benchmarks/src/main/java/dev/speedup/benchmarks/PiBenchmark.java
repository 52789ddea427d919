package dev.speedup.benchmarks;

import dev.speedup.core.kernel.MidpointPi;
import dev.speedup.core.strategy.ParallelEngine;
import dev.speedup.core.strategy.Partition;
import dev.speedup.core.strategy.PiLoop;
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
 * Time for one midpoint-rule pi of {@code steps} steps, run by a strategy on p workers: the
 * lecture's headline workload. All arithmetic and no memory traffic, so it is the workload that
 * should come closest to a speedup of p.
 *
 * <p>Knobs: {@code strategy} (every {@link Strategy} constant), {@code parallelism} (p, the
 * workers the strategy uses), {@code steps}, {@code partition} ({@code BLOCK} ranges or the
 * lecture's {@code STRIDED} i mod p) and {@code loop} ({@code TUNED}, the honest scalar loop,
 * {@code VECTOR}, the SIMD loop, or the lecture's {@code NAIVE} one). Each iteration's last result
 * must match the serial kernel's to within {@value Answers#PI_TOLERANCE}. Every fork gets
 * {@code --add-modules jdk.incubator.vector} for {@code VECTOR} (prepended, so a command line's
 * {@code -jvmArgsAppend} does not drop it).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar PiBenchmark -p strategy=FORK_JOIN -p parallelism=2</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 250, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsPrepend = "--add-modules=jdk.incubator.vector")
@State(Scope.Benchmark)
public class PiBenchmark {
    @Param
    public Strategy strategy;

    @Param("1")
    public int parallelism;

    @Param({"1000000", "100000000"})
    public long steps;

    @Param({"BLOCK", "STRIDED"})
    public Partition partition;

    @Param({"TUNED", "VECTOR"})
    public PiLoop loop;

    private ParallelEngine engine;
    private double expected;
    /** The last measured answer; a field write costs nanoseconds beside milliseconds of work. */
    double last;

    @Setup(Level.Trial)
    public void open() {
        if (!loop.isAvailable()) {
            throw new IllegalStateException(loop.unavailableReason());
        }
        expected = loop == PiLoop.NAIVE ? MidpointPi.naive(steps) : MidpointPi.tuned(steps);
        engine = strategy.create(parallelism);
    }

    @Setup(Level.Iteration)
    public void forget() {
        last = Double.NaN;
    }

    @Benchmark
    public double pi() {
        return last = engine.pi(steps, partition, loop);
    }

    @TearDown(Level.Iteration)
    public void verify() {
        Answers.requireClose(
                strategy + " pi(" + steps + ", " + partition + ", " + loop + ") on p=" + parallelism,
                expected,
                last,
                Answers.PI_TOLERANCE);
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
    }
}
