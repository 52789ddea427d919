package dev.speedup.benchmarks;

import dev.speedup.core.kernel.MidpointPi;
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
 * One core, no strategy: the lecture's naive midpoint-pi loop against the tuned one (four
 * accumulators, int-counted). The tuned loop is the honest serial baseline: a parallel speedup
 * quoted only against the naive loop flatters the parallel code.
 *
 * <p>Knobs: {@code steps}. Nothing here depends on p, so {@code run-bench.sh} runs it at p = 1 only.
 * Each iteration's last result must match the naive kernel's to within {@value Answers#PI_TOLERANCE}.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar KernelBenchmark -p steps=100000000</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 250, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
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

    @TearDown(Level.Iteration)
    public void verify() {
        Answers.requireClose("kernel pi(" + steps + ")", expected, last, Answers.PI_TOLERANCE);
    }
}
