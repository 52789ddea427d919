package dev.speedup.benchmarks;

import dev.speedup.core.forked.ForkedWorkerPool;
import dev.speedup.core.forked.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The lecture's producer–consumer queue: the time per item to move {@value #ITEMS} items from
 * producers to consumers. Items per second is {@code 1e9 / score}.
 *
 * <p>{@code queue}: {@code producers} threads put the items into one {@code queue} and
 * {@code consumers} threads take them, ended by one poison pill per consumer; {@code queue} is
 * {@code ARRAY} ({@code ArrayBlockingQueue}), {@code LINKED} ({@code LinkedBlockingQueue}) or
 * {@code LINKED_TRANSFER} ({@code LinkedTransferQueue}, unbounded, so {@code capacity} does not
 * apply). {@code forkedPipe}: the consumer is a forked JVM ({@code ForkedWorkerPool} of one) on the
 * other end of a pipe; the items go in frames of {@code batch}, all written before any reply is
 * read, and come back as the worker's echo. In both, {@code parallelism} is not a thread count but
 * the CPUs the run was given ({@code run-bench.sh} pins the JVM to p CPUs and sets it), so the
 * sweep shows what a second core does for a queue: S(p) = score(p = 1) / score(p) for the same
 * other knobs. Each iteration checks that the items consumed sum to 0 + 1 + ... + (ITEMS - 1)
 * (and that the queue is left empty).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ProducerConsumerBenchmark -p queue=ARRAY -p producers=2 -p consumers=2</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(ProducerConsumerBenchmark.ITEMS)
@Warmup(iterations = 2, time = 250, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class ProducerConsumerBenchmark {
    static final int ITEMS = 1 << 16;
    static final long EXPECTED_SUM = (long) ITEMS * (ITEMS - 1) / 2;

    /** The in-JVM queues compared. */
    public enum QueueKind {
        ARRAY {
            @Override
            BlockingQueue<Long> create(int capacity) {
                return new ArrayBlockingQueue<>(capacity);
            }
        },
        LINKED {
            @Override
            BlockingQueue<Long> create(int capacity) {
                return new LinkedBlockingQueue<>(capacity);
            }
        },
        LINKED_TRANSFER {
            @Override
            BlockingQueue<Long> create(int capacity) {
                return new LinkedTransferQueue<>();
            }
        };

        abstract BlockingQueue<Long> create(int capacity);
    }

    /** Producer and consumer threads around one queue, made once per trial. */
    @State(Scope.Benchmark)
    public static class Queues {
        /** Items are 0..ITEMS-1, so a negative value can only be the pill. */
        private static final Long POISON_PILL = -1L;

        @Param({"ARRAY", "LINKED", "LINKED_TRANSFER"})
        public QueueKind queue;

        @Param({"1", "2"})
        public int producers;

        @Param({"1", "2"})
        public int consumers;

        @Param("1024") // the quick profile; full adds 1 and 16
        public int capacity;

        @Param("1")
        public int parallelism;

        private ExecutorService threads;
        BlockingQueue<Long> items;
        private Long[] boxed;
        private List<Callable<Long>> roles;
        private final AtomicInteger producing = new AtomicInteger();
        /** The last operation's sum; a field write is nothing beside 65 536 hand-offs. */
        long last;

        @Setup(Level.Trial)
        public void open() {
            threads = Executors.newFixedThreadPool(producers + consumers);
            items = queue.create(capacity);
            // Boxed once here, so the benchmark measures the queue and not Long allocation.
            boxed = new Long[ITEMS];
            for (int i = 0; i < ITEMS; i++) {
                boxed[i] = (long) i;
            }
            roles = new ArrayList<>();
            for (int c = 0; c < consumers; c++) {
                roles.add(this::consume);
            }
            for (int p = 0; p < producers; p++) {
                int first = p;
                roles.add(() -> produce(first));
            }
        }

        /** Producer {@code first} puts items first, first + producers, ...; the last producer done puts the pills. */
        private Long produce(int first) throws InterruptedException {
            for (int i = first; i < ITEMS; i += producers) {
                items.put(boxed[i]);
            }
            if (producing.decrementAndGet() == 0) {
                for (int c = 0; c < consumers; c++) {
                    items.put(POISON_PILL);
                }
            }
            return 0L;
        }

        private Long consume() throws InterruptedException {
            long sum = 0;
            for (Long item = items.take(); item != POISON_PILL; item = items.take()) {
                sum += item;
            }
            return sum;
        }

        long run() throws InterruptedException, ExecutionException {
            producing.set(producers);
            long sum = 0;
            for (Future<Long> role : threads.invokeAll(roles)) {
                sum += role.get();
            }
            return last = sum;
        }

        @Setup(Level.Iteration)
        public void forget() {
            last = -1;
        }

        @TearDown(Level.Iteration)
        public void verify() {
            Answers.requireEqual(
                    queue + " " + producers + " producers, " + consumers + " consumers, capacity " + capacity
                            + ": sum of consumed items",
                    EXPECTED_SUM,
                    last);
            Answers.requireEqual(queue + ": items left in the queue", 0, items.size());
        }

        @TearDown(Level.Trial)
        public void close() throws InterruptedException {
            Pools.shutDownNow(threads);
        }
    }

    /** A forked JVM on the other end of a pipe, and the items cut into frames, made once per trial. */
    @State(Scope.Benchmark)
    public static class Pipe {
        @Param({"100", "10000"})
        public int batch;

        @Param("1")
        public int parallelism;

        private ForkedWorkerPool pool;
        private List<Task> frames;
        long last;

        @Setup(Level.Trial)
        public void open() {
            pool = ForkedWorkerPool.start(1);
            frames = new ArrayList<>();
            for (int lo = 0; lo < ITEMS; lo += batch) {
                double[] frame = new double[Math.min(batch, ITEMS - lo)];
                for (int i = 0; i < frame.length; i++) {
                    frame[i] = lo + i;
                }
                frames.add(Task.echo(frame));
            }
        }

        long run() {
            long sum = 0;
            // invokeAll writes every frame before it reads a reply: the pipe is the queue.
            for (double[] reply : pool.invokeAll(frames)) {
                for (double item : reply) {
                    sum += (long) item;
                }
            }
            return last = sum;
        }

        @Setup(Level.Iteration)
        public void forget() {
            last = -1;
        }

        @TearDown(Level.Iteration)
        public void verify() {
            Answers.requireEqual(
                    "pipe to a forked JVM, batches of " + batch + ": sum of echoed items", EXPECTED_SUM, last);
        }

        @TearDown(Level.Trial)
        public void close() {
            pool.close();
        }
    }

    /** Returns the sum of every consumed item. */
    @Benchmark
    public long queue(Queues s) throws InterruptedException, ExecutionException {
        return s.run();
    }

    /** Returns the sum of every item the forked JVM echoed back. */
    @Benchmark
    public long forkedPipe(Pipe s) {
        return s.run();
    }
}
