package dev.speedup.benchmarks;

import dev.speedup.core.kernel.MidpointPi;
import dev.speedup.core.strategy.PiLoop;
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
 * One core, no strategy: the lecture's naive midpoint-pi loop, the tuned one (four accumulators,
 * int-counted) and the SIMD one (the Vector API, one {@code div} per lane). The tuned loop is the
 * honest scalar baseline and the vector loop the best this JVM does on one core: a parallel speedup
 * quoted only against the naive loop flatters the parallel code.
 *
 * <p>Knobs: {@code steps}. Nothing here depends on p, so the sweep runs it at p = 1 only. Each
 * iteration's last result must match the naive kernel's to within {@value Answers#PI_TOLERANCE}.
 * Every fork gets {@code --add-modules jdk.incubator.vector} for {@code vector} (prepended, so a
 * command line's {@code -jvmArgsAppend} does not drop it).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar KernelBenchmark -p steps=100000000</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 250, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsPrepend = "--add-modules=jdk.incubator.vector")
@State(Scope.Benchmark)
public class KernelBenchmark {
    @Param({"1000000", "100000000"})
    public long steps;

    private double expected;
    double last;

    @Setup(Level.Trial)
    public void reference() {
        expected = MidpointPi.naive(steps);
    }

    @Setup(Level.Iteration)
    public void forget() {
        last = Double.NaN;
    }

    @Benchmark
    public double naive() {
        return last = MidpointPi.naive(steps);
    }

    @Benchmark
    public double tuned() {
        return last = MidpointPi.tuned(steps);
    }

    @Benchmark
    public double vector() {
        return last = PiLoop.VECTOR.sum(0, steps, 1, steps) / steps;
    }

    @TearDown(Level.Iteration)
    public void verify() {
        Answers.requireClose("kernel pi(" + steps + ")", expected, last, Answers.PI_TOLERANCE);
    }
}
