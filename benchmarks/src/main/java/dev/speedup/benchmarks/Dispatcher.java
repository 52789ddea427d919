package dev.speedup.benchmarks;

import dev.speedup.core.forked.ForkedWorkerPool;
import dev.speedup.core.forked.Task;
import dev.speedup.core.strategy.DedicatedForkJoinPool;
import dev.speedup.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.ThreadFactory;
import java.util.stream.IntStream;

/**
 * Hands p empty units of work to p workers the way one strategy does, and returns the sum of
 * their answers. The pools are made once, like the engines'; what is left per call is the
 * strategy's dispatch cost.
 */
abstract class Dispatcher implements AutoCloseable {
    private static final ThreadFactory DAEMONS = Pools.daemons("speedup-overhead");

    final int parallelism;

    private Dispatcher(int parallelism) {
        this.parallelism = parallelism;
    }

    /** Unit i of p: no work, but an answer the caller must collect. */
    static long unit(int i) {
        return i;
    }

    /** The sum of the p units' answers. */
    static long expected(int parallelism) {
        return (long) parallelism * (parallelism - 1) / 2;
    }

    abstract long dispatch() throws Exception;

    @Override
    public void close() throws InterruptedException {}

    static Dispatcher of(Strategy strategy, int parallelism) {
        // A constant added to Strategy lands in default: it fails loudly until it has its probe.
        return switch (strategy) {
            case SERIAL -> new Inline(parallelism);
            case THREADS -> new StartJoin(parallelism);
            case EXECUTOR -> new SubmitGet(parallelism);
            case FORK_JOIN -> new ForkJoinUnits(parallelism);
            case PARALLEL_STREAM -> new StreamUnits(parallelism);
            case FORKED_JVM -> new WorkerRoundTrips(parallelism);
            default -> throw new IllegalStateException("no empty-dispatch probe for strategy " + strategy);
        };
    }

    /** SERIAL: the units called on this thread, the floor every other strategy is measured from. */
    private static final class Inline extends Dispatcher {
        Inline(int parallelism) {
            super(parallelism);
        }

        @Override
        long dispatch() {
            long sum = 0;
            for (int i = 0; i < parallelism; i++) {
                sum += unit(i);
            }
            return sum;
        }
    }

    /** THREADS: p new platform threads, all started, then all joined. */
    private static final class StartJoin extends Dispatcher {
        StartJoin(int parallelism) {
            super(parallelism);
        }

        @Override
        long dispatch() throws InterruptedException {
            long[] answers = new long[parallelism];
            Thread[] threads = new Thread[parallelism];
            for (int i = 0; i < parallelism; i++) {
                int index = i;
                threads[i] = DAEMONS.newThread(() -> answers[index] = unit(index));
                threads[i].start();
            }
            long sum = 0;
            for (int i = 0; i < parallelism; i++) {
                threads[i].join(); // join makes the thread's answer visible here
                sum += answers[i];
            }
            return sum;
        }
    }

    /** EXECUTOR: p tasks submitted to a fixed pool of p threads, then each future's get. */
    private static final class SubmitGet extends Dispatcher {
        private final ExecutorService pool;
        private final List<Callable<Long>> units = new ArrayList<>();

        SubmitGet(int parallelism) {
            super(parallelism);
            pool = Executors.newFixedThreadPool(parallelism, DAEMONS);
            for (int i = 0; i < parallelism; i++) {
                int index = i;
                units.add(() -> unit(index));
            }
        }

        @Override
        long dispatch() throws Exception {
            List<Future<Long>> futures = new ArrayList<>(parallelism);
            for (Callable<Long> unit : units) {
                futures.add(pool.submit(unit));
            }
            long sum = 0;
            for (Future<Long> future : futures) {
                sum += future.get();
            }
            return sum;
        }

        @Override
        public void close() throws InterruptedException {
            Pools.shutDownNow(pool);
        }
    }

    /** FORK_JOIN: the units split by recursive halving on the engines' {@code ForkJoinPool(p)}, one unit per leaf. */
    private static final class ForkJoinUnits extends Dispatcher {
        private final ForkJoinPool pool;

        ForkJoinUnits(int parallelism) {
            super(parallelism);
            pool = DedicatedForkJoinPool.create(parallelism);
        }

        @Override
        long dispatch() {
            return pool.invoke(new Units(0, parallelism));
        }

        @Override
        public void close() throws InterruptedException {
            Pools.shutDownNow(pool);
        }

        private static final class Units extends RecursiveTask<Long> {
            private final int lo, hi;

            Units(int lo, int hi) {
                this.lo = lo;
                this.hi = hi;
            }

            @Override
            protected Long compute() {
                if (hi - lo == 1) {
                    return unit(lo);
                }
                int mid = (lo + hi) >>> 1;
                Units left = new Units(lo, mid);
                left.fork();
                long right = new Units(mid, hi).compute();
                return left.join() + right;
            }
        }
    }

    /** PARALLEL_STREAM: a parallel stream of p elements run inside a {@code ForkJoinPool(p)}. */
    private static final class StreamUnits extends Dispatcher {
        private final ForkJoinPool pool;

        StreamUnits(int parallelism) {
            super(parallelism);
            pool = DedicatedForkJoinPool.create(parallelism);
        }

        @Override
        long dispatch() throws Exception {
            return pool.submit(() -> IntStream.range(0, parallelism)
                            .parallel()
                            .mapToLong(Dispatcher::unit)
                            .sum())
                    .get();
        }

        @Override
        public void close() throws InterruptedException {
            Pools.shutDownNow(pool);
        }
    }

    /**
     * FORKED_JVM: p one-double echo tasks, one to each of p worker JVMs started once, and their
     * replies read back: a round trip through the pipes per unit.
     */
    private static final class WorkerRoundTrips extends Dispatcher {
        private final ForkedWorkerPool pool;
        private final List<Task> units = new ArrayList<>();

        WorkerRoundTrips(int parallelism) {
            super(parallelism);
            pool = ForkedWorkerPool.start(parallelism);
            for (int i = 0; i < parallelism; i++) {
                units.add(Task.echo(new double[] {unit(i)}));
            }
        }

        @Override
        long dispatch() {
            long sum = 0;
            for (double[] reply : pool.invokeAll(units)) {
                sum += (long) reply[0];
            }
            return sum;
        }

        @Override
        public void close() {
            pool.close();
        }
    }
}
