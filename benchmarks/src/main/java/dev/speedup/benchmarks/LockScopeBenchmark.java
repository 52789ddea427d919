package dev.speedup.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The lecture's lock scope as Amdahl's law made visible: the time for {@code parallelism} worker
 * threads to run {@code tasks} tasks, each spending {@code critical} percent of its {@code tokens}
 * of CPU work inside one shared {@code lock} and the rest outside it.
 *
 * <p>Knobs: {@code lock} ({@code SYNCHRONIZED}, {@code UNFAIR} or {@code FAIR} {@code ReentrantLock};
 * at {@code critical = 0} no lock is taken, so the three rows are the same perfectly parallel
 * work), {@code critical} (0, 10, 50, 100 %), {@code scope} ({@code PHASED}: a worker does the
 * outside part of all its tasks, then their critical parts, so the critical work overlaps nothing,
 * as Amdahl's law assumes; {@code INTERLEAVED}: outside then inside, task by task, so one worker's
 * critical part can overlap another's outside part, and every hand-off of a contended lock costs a
 * wake-up), {@code parallelism} (p, the worker threads), {@code tasks} per operation and
 * {@code tokens} of {@link Blackhole#consumeCPU} work per task (about 2 ns each). Each iteration
 * checks that every task entered the critical part once and that no two workers were ever inside
 * it together.
 *
 * <p>Reading speedup: there is no {@code strategy}. The baseline is the same {@code lock},
 * {@code critical} and {@code scope} at p = 1, where the lock is never contended and the tasks run
 * one after another on one thread, so speedup is self-relative: S(p) = score(p = 1) / score(p).
 * For {@code PHASED}, the Karp–Flatt serial fraction e = (1/S - 1/p) / (1 - 1/p) should come out
 * near {@code critical / 100}; {@code INTERLEAVED} comes out lower while the lock has idle time to
 * hide in, and higher when hand-offs (a wake-up each, every entry for {@code FAIR}) dominate.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar LockScopeBenchmark -p parallelism=2 -p critical=50</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 250, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
@State(Scope.Benchmark)
public class LockScopeBenchmark {

    /** How the critical part is guarded. */
    public enum LockKind {
        SYNCHRONIZED {
            @Override
            Guard guard() {
                return new Guard() {
                    @Override
                    void critical(long tokens) {
                        synchronized (this) {
                            inside(tokens);
                        }
                    }
                };
            }
        },
        UNFAIR {
            @Override
            Guard guard() {
                return new LockGuard(new ReentrantLock(false));
            }
        },
        FAIR {
            @Override
            Guard guard() {
                return new LockGuard(new ReentrantLock(true));
            }
        };

        abstract Guard guard();
    }

    /** Where a worker's critical parts fall among its outside parts. */
    public enum Scope {
        PHASED,
        INTERLEAVED
    }

    /** One shared lock around the critical part, which also counts entries and catches any overlap. */
    abstract static class Guard {
        long entries;
        private boolean occupied;
        boolean overlapped;

        abstract void critical(long tokens);

        /** Runs with the lock held, so plain fields are safe; two workers inside at once would prove it broken. */
        final void inside(long tokens) {
            if (occupied) {
                overlapped = true;
            }
            occupied = true;
            Blackhole.consumeCPU(tokens);
            entries++;
            occupied = false;
        }
    }

    static final class LockGuard extends Guard {
        private final ReentrantLock lock;

        LockGuard(ReentrantLock lock) {
            this.lock = lock;
        }

        @Override
        void critical(long tokens) {
            lock.lock();
            try {
                inside(tokens);
            } finally {
                lock.unlock();
            }
        }
    }

    @Param({"SYNCHRONIZED", "UNFAIR", "FAIR"})
    public LockKind lock;

    @Param({"0", "10", "50", "100"})
    public int critical;

    @Param("PHASED") // the quick profile; full adds INTERLEAVED
    public Scope scope;

    @Param("1")
    public int parallelism;

    @Param("64")
    public int tasks;

    @Param("20000")
    public long tokens;

    private ExecutorService workers;
    Guard guard;
    private List<Callable<Void>> shares;
    private long operations;
    /** Tokens of each task's work inside the lock; a task enters the lock only when this is positive. */
    private long inside;

    @Setup(Level.Trial)
    public void open() {
        workers = Executors.newFixedThreadPool(parallelism);
        guard = lock.guard();
        long inside = tokens * critical / 100;
        this.inside = inside;
        long outside = tokens - inside;
        shares = new ArrayList<>();
        for (int w = 0; w < parallelism; w++) {
            // Worker w takes tasks w, w + p, ...: the shares differ by at most one task.
            int mine = tasks / parallelism + (w < tasks % parallelism ? 1 : 0);
            shares.add(
                    scope == Scope.PHASED
                            ? () -> {
                                for (int t = 0; t < mine; t++) {
                                    Blackhole.consumeCPU(outside);
                                }
                                for (int t = 0; t < mine && inside > 0; t++) {
                                    guard.critical(inside);
                                }
                                return null;
                            }
                            : () -> {
                                for (int t = 0; t < mine; t++) {
                                    Blackhole.consumeCPU(outside);
                                    if (inside > 0) {
                                        guard.critical(inside);
                                    }
                                }
                                return null;
                            });
        }
    }

    @Setup(Level.Iteration)
    public void forget() {
        operations = 0;
        guard.entries = 0;
    }

    @Benchmark
    public void run() throws InterruptedException, ExecutionException {
        for (Future<Void> share : workers.invokeAll(shares)) {
            share.get();
        }
        operations++;
    }

    @TearDown(Level.Iteration)
    public void verify() {
        // The futures' get() made every worker's writes to the guard visible here.
        String what = lock + " lock, critical " + critical + "%, " + scope + ", p=" + parallelism;
        if (operations == 0) {
            throw new IllegalStateException(what + ": no operation ran");
        }
        Answers.requireEqual(
                what + ": critical entries in " + operations + " operations",
                inside > 0 ? operations * tasks : 0,
                guard.entries);
        if (guard.overlapped) {
            throw new IllegalStateException(what + ": two workers were inside the critical part at once");
        }
    }

    @TearDown(Level.Trial)
    public void close() throws InterruptedException {
        Pools.shutDownNow(workers);
    }
}
