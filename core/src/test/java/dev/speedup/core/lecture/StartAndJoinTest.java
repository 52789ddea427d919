package dev.speedup.core.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StartAndJoinTest {
    private static final int THREADS = 10;

    @Test
    void startingAndJoiningInOneLoopRunsThreadsOneAfterAnother() throws InterruptedException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        for (int k = 0; k < THREADS; k++) {
            tasks.add(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleepMillis(5);
                running.decrementAndGet();
            });
        }
        StartAndJoin.startAndJoinInOneLoop(tasks);
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void startingAllThenJoiningAllRunsThreadsTogether() throws InterruptedException {
        // Each task waits until every task has started: this can only finish if all run at once.
        CountDownLatch allStarted = new CountDownLatch(THREADS);
        AtomicInteger sawEveryone = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        for (int k = 0; k < THREADS; k++) {
            tasks.add(() -> {
                allStarted.countDown();
                try {
                    if (allStarted.await(10, TimeUnit.SECONDS)) {
                        sawEveryone.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        StartAndJoin.startAllThenJoinAll(tasks);
        assertEquals(THREADS, sawEveryone.get());
        assertTrue(allStarted.getCount() == 0);
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
