package dev.speedup.core.lecture;

import dev.speedup.core.forked.ForkedWorkerPool;
import dev.speedup.core.forked.Task;
import dev.speedup.core.kernel.PoolFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The lecture's producer–consumer queue, twice: its consumer, which stops when {@code queue.empty()}
 * is true and so can quit while a producer is still producing, losing items; and the correct ending,
 * a poison pill per consumer, with which every item is consumed exactly once.
 */
public final class ProducerConsumerDemo {
    /** Consumers stop on this; producers only make non-negative items. */
    static final long POISON_PILL = Long.MIN_VALUE;

    private ProducerConsumerDemo() {}

    /**
     * The lecture's consumer against a producer that starts late and puts items slowly.
     *
     * @param consumed         items the consumer took before it saw an empty queue and quit
     * @param leftInQueue      items still in the queue once the producer was done: nobody will take them
     * @param consumerQuitNanos when the consumer quit, since the start
     * @param firstPutNanos    when the producer put its first item, since the start
     */
    public record RaceResult(int produced, int consumed, int leftInQueue, long consumerQuitNanos, long firstPutNanos) {
        public int lost() {
            return produced - consumed;
        }
    }

    /**
     * Producers and consumers ending with poison pills.
     *
     * @param producedSorted every item any producer put, sorted
     * @param consumedSorted every item any consumer took (pills excepted), sorted
     * @param perConsumer    how many items each consumer took
     */
    public record PillResult(
            int producers,
            int consumers,
            int itemsPerProducer,
            long[] producedSorted,
            long[] consumedSorted,
            int[] perConsumer,
            long nanos) {
        public boolean everyItemConsumedExactlyOnce() {
            return Arrays.equals(producedSorted, consumedSorted);
        }

        public double itemsPerSecond() {
            return producedSorted.length / (nanos / 1e9);
        }
    }

    /**
     * Producer threads and a consumer in another JVM, with the pipe to it in between: batches go
     * through a {@code BlockingQueue} to a sender thread, over the forked worker's stdin, and come
     * back as the worker's {@code x + 10}.
     *
     * @param producedSorted every item any producer put, sorted
     * @param consumedSorted every reply from the forked JVM, minus 10, sorted
     * @param childPid       the forked JVM that consumed them
     * @param childEnded     whether that JVM had exited once the pool was closed
     */
    public record PipeResult(
            int producers,
            int itemsPerProducer,
            int batch,
            long[] producedSorted,
            long[] consumedSorted,
            long childPid,
            long nanos,
            boolean childEnded) {
        public boolean everyItemConsumedExactlyOnce() {
            return Arrays.equals(producedSorted, consumedSorted);
        }

        public double itemsPerSecond() {
            return producedSorted.length / (nanos / 1e9);
        }
    }

    /**
     * Runs the lecture's {@code while not queue.empty(): queue.get()} consumer. The producer waits
     * {@code producerDelayMillis} before its first item and {@code gapMillis} between items; with a
     * delay longer than a thread start, the consumer finds the queue empty and quits every time.
     */
    public static RaceResult runEmptyCheckRace(int items, long producerDelayMillis, long gapMillis)
            throws InterruptedException {
        BlockingQueue<Long> queue = new LinkedBlockingQueue<>();
        long start = System.nanoTime();
        long[] firstPut = {-1};
        Thread producer = new Thread(
                () -> {
                    Times.sleep(producerDelayMillis);
                    for (long item = 0; item < items; item++) {
                        queue.add(item);
                        if (item == 0) {
                            firstPut[0] = System.nanoTime() - start;
                        }
                        Times.sleep(gapMillis);
                    }
                },
                "producer");
        int[] consumed = {0};
        long[] quit = {0};
        Thread consumer = new Thread(
                () -> {
                    // The lecture's race: empty now says nothing about whether an item is coming.
                    while (!queue.isEmpty()) {
                        queue.poll();
                        consumed[0]++;
                    }
                    quit[0] = System.nanoTime() - start;
                },
                "consumer");
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        return new RaceResult(items, consumed[0], queue.size(), quit[0], firstPut[0]);
    }

    /** Runs producers and consumers over a bounded queue; each consumer stops at its poison pill. */
    public static PillResult runWithPoisonPill(int producers, int consumers, int itemsPerProducer, int capacity)
            throws InterruptedException {
        BlockingQueue<Long> queue = new ArrayBlockingQueue<>(capacity);
        long[][] produced = new long[producers][itemsPerProducer];
        LongList[] taken = new LongList[consumers];
        List<Thread> consumerThreads = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            LongList mine = taken[c] = new LongList();
            consumerThreads.add(new Thread(
                    () -> {
                        try {
                            for (long item = queue.take(); item != POISON_PILL; item = queue.take()) {
                                mine.add(item);
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "consumer-" + c));
        }
        List<Thread> producerThreads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            long[] mine = produced[p];
            long first = (long) p * itemsPerProducer;
            producerThreads.add(new Thread(
                    () -> {
                        try {
                            for (int i = 0; i < itemsPerProducer; i++) {
                                queue.put(first + i);
                                mine[i] = first + i;
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "producer-" + p));
        }
        long t0 = System.nanoTime();
        consumerThreads.forEach(Thread::start);
        producerThreads.forEach(Thread::start);
        for (Thread producer : producerThreads) {
            producer.join();
        }
        // Only once every producer is done may the pills go in: one per consumer, after every item.
        for (int c = 0; c < consumers; c++) {
            queue.put(POISON_PILL);
        }
        for (Thread consumer : consumerThreads) {
            consumer.join();
        }
        long nanos = System.nanoTime() - t0;

        long[] producedSorted =
                Arrays.stream(produced).flatMapToLong(Arrays::stream).sorted().toArray();
        int[] perConsumer = new int[consumers];
        LongList all = new LongList();
        for (int c = 0; c < consumers; c++) {
            perConsumer[c] = taken[c].size();
            all.addAll(taken[c]);
        }
        long[] consumedSorted = all.toArray();
        Arrays.sort(consumedSorted);
        return new PillResult(
                producers, consumers, itemsPerProducer, producedSorted, consumedSorted, perConsumer, nanos);
    }

    /**
     * Runs producers against a consumer in a forked JVM. The sender thread stops at a poison pill;
     * closing the pool then ends the pipe, and the worker, whose stdin has ended, halts.
     */
    public static PipeResult runThroughForkedJvm(int producers, int itemsPerProducer, int batch)
            throws InterruptedException {
        double[] pill = new double[0];
        BlockingQueue<double[]> batches = new ArrayBlockingQueue<>(16);
        LongList consumed = new LongList();
        long[][] produced = new long[producers][itemsPerProducer];
        long childPid;
        long nanos;
        try (ForkedWorkerPool pool = ForkedWorkerPool.start(1)) {
            childPid = pool.pids().get(0);
            RuntimeException[] senderFailure = new RuntimeException[1];
            Thread sender = new Thread(
                    () -> {
                        try {
                            for (double[] b = batches.take(); b != pill; b = batches.take()) {
                                for (double reply :
                                        pool.invoke(Task.poolMap(PoolFunction.plusTen(), b, 0, b.length, b.length))) {
                                    consumed.add((long) reply - 10);
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException e) {
                            senderFailure[0] = e;
                        }
                    },
                    "pipe-sender");
            List<Thread> producerThreads = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                long[] mine = produced[p];
                long first = (long) p * itemsPerProducer;
                producerThreads.add(new Thread(
                        () -> {
                            try {
                                for (int lo = 0; lo < itemsPerProducer; lo += batch) {
                                    double[] b = new double[Math.min(batch, itemsPerProducer - lo)];
                                    for (int i = 0; i < b.length; i++) {
                                        mine[lo + i] = first + lo + i;
                                        b[i] = first + lo + i;
                                    }
                                    batches.put(b);
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "producer-" + p));
            }
            long t0 = System.nanoTime();
            sender.start();
            producerThreads.forEach(Thread::start);
            for (Thread producer : producerThreads) {
                producer.join();
            }
            batches.put(pill);
            sender.join();
            nanos = System.nanoTime() - t0;
            if (senderFailure[0] != null) {
                throw senderFailure[0];
            }
        }
        long[] producedSorted =
                Arrays.stream(produced).flatMapToLong(Arrays::stream).sorted().toArray();
        long[] consumedSorted = consumed.toArray();
        Arrays.sort(consumedSorted);
        boolean childEnded = Processes.awaitGone(childPid, 10_000) >= 0;
        return new PipeResult(
                producers, itemsPerProducer, batch, producedSorted, consumedSorted, childPid, nanos, childEnded);
    }

    /** A growable {@code long[]}: 400 000 boxed Longs per consumer would measure the GC, not the queue. */
    static final class LongList {
        private long[] items = new long[1024];
        private int size;

        void add(long item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }

        void addAll(LongList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.items[i]);
            }
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }

    public static void printRace(String setup, RaceResult r, java.io.PrintStream out) {
        out.println("the lecture's consumer (while not queue.empty(): queue.get()), " + setup + ":");
        out.printf(
                "  consumer found the queue empty and quit at %s; producer's first item went in at %s%n",
                Times.ms(r.consumerQuitNanos()), Times.ms(r.firstPutNanos()));
        out.printf(
                "  produced %d, consumed %d, left in the queue with nobody to take them: %d  -> %d items lost%n",
                r.produced(), r.consumed(), r.leftInQueue(), r.lost());
    }

    public static void printPipe(PipeResult r, java.io.PrintStream out) {
        out.printf(
                "%d producers x %d items -> BlockingQueue -> sender thread -> pipe -> forked JVM (pid %d), batches of %d:%n",
                r.producers(), r.itemsPerProducer(), r.childPid(), r.batch());
        out.printf(
                java.util.Locale.ROOT,
                "  produced %d, consumed %d in the other JVM in %s (%.2f M items/s)%n",
                r.producedSorted().length,
                r.consumedSorted().length,
                Times.ms(r.nanos()),
                r.itemsPerSecond() / 1e6);
        out.printf(
                "  every item consumed exactly once: %s; after closing the pipe the worker JVM %s%n",
                r.everyItemConsumedExactlyOnce() ? "yes" : "NO", r.childEnded() ? "has exited" : "is STILL RUNNING");
    }

    public static void printPill(PillResult r, java.io.PrintStream out) {
        out.printf(
                "%d producers x %d items, %d consumers, ArrayBlockingQueue, one poison pill per consumer:%n",
                r.producers(), r.itemsPerProducer(), r.consumers());
        out.printf(
                java.util.Locale.ROOT,
                "  produced %d, consumed %d in %s (%.2f M items/s); per consumer %s%n",
                r.producedSorted().length,
                r.consumedSorted().length,
                Times.ms(r.nanos()),
                r.itemsPerSecond() / 1e6,
                Arrays.toString(r.perConsumer()));
        out.printf("  every item consumed exactly once: %s%n", r.everyItemConsumedExactlyOnce() ? "yes" : "NO");
    }
}
