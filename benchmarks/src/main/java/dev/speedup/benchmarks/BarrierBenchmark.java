package dev.speedup.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one round of the lecture's barrier: {@code parallelism} parties (the benchmark thread
 * and {@code parallelism - 1} helpers that await forever) all arrive and are released, {@value #ROUNDS}
 * rounds per operation; the score is time per round. It is a pure cost, so lower is better and the
 * p = 1 row (a barrier of one party, which never waits) is the floor, not a speedup denominator:
 * the report's "speedup" below 1 reads as how many times a round at p costs the uncontended one.
 *
 * <p>Knobs: {@code barrier} ({@code CYCLIC_BARRIER}: {@code CyclicBarrier.await},
 * {@code PHASER}: {@code Phaser.arriveAndAwaitAdvance}), {@code parallelism} (p, the parties).
 * Once per trial the parties check that after every release none of them is a round behind; each
 * iteration checks that every round passed.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar BarrierBenchmark -p barrier=PHASER -p parallelism=2}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(BarrierBenchmark.ROUNDS)
@Warmup(iterations = 2, time = 250, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class BarrierBenchmark {
    static final int ROUNDS = 1000;

    /** A barrier for a fixed number of parties; {@code await} returns false once it is shut down. */
    abstract static class Round {
        abstract boolean await();

        abstract void shutDown();
    }

    /** The barriers compared. */
    public enum BarrierKind {
        CYCLIC_BARRIER {
            @Override
            Round create(int parties) {
                CyclicBarrier barrier = new CyclicBarrier(parties);
                return new Round() {
                    @Override
                    boolean await() {
                        try {
                            barrier.await();
                            return true;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return false;
                        } catch (BrokenBarrierException e) {
                            return false;
                        }
                    }

                    @Override
                    void shutDown() {
                        // Breaks the barrier: every waiting helper gets BrokenBarrierException.
                        barrier.reset();
                    }
                };
            }
        },
        PHASER {
            @Override
            Round create(int parties) {
                Phaser phaser = new Phaser(parties);
                return new Round() {
                    @Override
                    boolean await() {
                        return phaser.arriveAndAwaitAdvance() >= 0;
                    }

                    @Override
                    void shutDown() {
                        phaser.forceTermination();
                    }
                };
            }
        };

        abstract Round create(int parties);
    }

    @Param({"CYCLIC_BARRIER", "PHASER"})
    public BarrierKind barrier;

    @Param("1")
    public int parallelism;

    private Round round;
    private final List<Thread> helpers = new ArrayList<>();
    private volatile boolean stopping;
    /** Rounds the last operation got through; fewer than ROUNDS means the barrier broke. */
    int last;

    @Setup(Level.Trial)
    public void open() throws InterruptedException {
        verifyNoPartyRunsAhead();
        round = barrier.create(parallelism);
        for (int h = 1; h < parallelism; h++) {
            Thread helper = new Thread(
                    () -> {
                        while (!stopping && round.await()) {
                            // Arrive again at once: the helpers only make up the parties.
                        }
                    },
                    "barrier-helper-" + h);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
    }

    /**
     * The answer check, once per trial: parties count their rounds, and after every release each
     * must see that no party is still behind it. A broken barrier lets a fast party run ahead.
     */
    private void verifyNoPartyRunsAhead() throws InterruptedException {
        Round check = barrier.create(parallelism);
        AtomicLongArray done = new AtomicLongArray(parallelism);
        AtomicBoolean ranAhead = new AtomicBoolean();
        List<Thread> parties = new ArrayList<>();
        for (int k = 0; k < parallelism; k++) {
            int me = k;
            parties.add(new Thread(() -> {
                for (int r = 1; r <= ROUNDS; r++) {
                    done.set(me, r);
                    check.await();
                    for (int other = 0; other < parallelism; other++) {
                        if (done.get(other) < r) {
                            ranAhead.set(true);
                        }
                    }
                }
            }));
        }
        parties.forEach(Thread::start);
        for (Thread party : parties) {
            party.join(TimeUnit.SECONDS.toMillis(30));
        }
        if (ranAhead.get() || parties.stream().anyMatch(Thread::isAlive)) {
            check.shutDown();
            throw new IllegalStateException(barrier + " let a party through before every party arrived, or hung");
        }
    }

    @Setup(Level.Iteration)
    public void forget() {
        last = -1;
    }

    @Benchmark
    public int rounds() {
        int passed = 0;
        for (int r = 0; r < ROUNDS; r++) {
            if (round.await()) {
                passed++;
            }
        }
        return last = passed;
    }

    @TearDown(Level.Iteration)
    public void verify() {
        Answers.requireEqual(barrier + " with " + parallelism + " parties: rounds passed", ROUNDS, last);
    }

    @TearDown(Level.Trial)
    public void close() throws InterruptedException {
        stopping = true;
        round.shutDown();
        for (Thread helper : helpers) {
            helper.join(TimeUnit.SECONDS.toMillis(10));
        }
        helpers.clear();
    }
}
