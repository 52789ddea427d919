package dev.speedup.core.forked;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The worker-pool defects of issue 11, each provoked on purpose: a frozen worker cannot make
 * close() or a call hang, an Error in a task is answered, no worker stays busy with an abandoned
 * call, and a retry is judged by its own deadline. Generous limits: the machine may be loaded.
 */
@Timeout(120)
class PoolHardeningTest {
    /** Far longer than any of these calls needs, far shorter than forever. */
    private static final Duration NOT_FOREVER = Duration.ofSeconds(45);

    private final List<Long> stopped = new ArrayList<>();

    @AfterEach
    void killWhatWasStopped() {
        Processes.killAll(stopped);
    }

    private static ForkedWorkerPool pool(int workers, Duration deadline) {
        return ForkedWorkerPool.builder(workers)
                .echoStderr(false)
                .callDeadline(deadline)
                .start();
    }

    private long stop(ForkedWorkerPool pool, int slot) throws Exception {
        long pid = pool.pids().get(slot);
        stopped.add(pid);
        Processes.signal("STOP", pid);
        return pid;
    }

    @Test
    void closeReturnsEvenWhenAStoppedWorkersPipeIsFull() throws Exception {
        ForkedWorkerPool pool = pool(1, Duration.ofMinutes(5));
        stop(pool, 0);
        // 13 header bytes + 8190 doubles = 65533 bytes: the pipe (64 KiB) is left 3 bytes short of a frame.
        CompletableFuture<double[]> echo = CompletableFuture.supplyAsync(() -> pool.echo(new double[8190]));
        Thread.sleep(500);
        assertTimeoutPreemptively(NOT_FOREVER, pool::close, "close() blocked on a frozen worker");
        ExecutionException e = assertThrows(ExecutionException.class, () -> echo.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof RuntimeException, e.toString());
    }

    @Test
    void aStoppedWorkerCannotHoldACallPastItsDeadlineNorBlockTheNextCaller() throws Exception {
        try (ForkedWorkerPool pool = pool(1, Duration.ofSeconds(2))) {
            long frozen = stop(pool, 0);
            // 8 MiB cannot fit in a pipe: sending blocks until the worker reads, which it never will.
            CompletableFuture<double[]> first = CompletableFuture.supplyAsync(() -> pool.echo(new double[1 << 20]));
            Thread.sleep(300);
            CompletableFuture<Void> second = CompletableFuture.runAsync(pool::ping);
            assertTimeoutPreemptively(NOT_FOREVER, () -> {
                ExecutionException e = assertThrows(ExecutionException.class, first::get);
                WorkerException late = (WorkerException) e.getCause();
                assertEquals(frozen, late.pid());
                assertTrue(late.getMessage().contains("missed the call deadline of 2 s"), late.getMessage());
                try {
                    second.get(); // served by the replacement, or failed by its own deadline: either way it returns
                } catch (ExecutionException ignored) {
                    // a deadline of its own, not a hang
                }
            });
            assertNotEquals(frozen, pool.pids().get(0));
            pool.ping();
        }
    }

    @Test
    void anErrorInATaskIsAnsweredAtOnceWithAnErrorFrameAndTheWorkerKept() {
        try (ForkedWorkerPool pool = pool(1, Duration.ofMinutes(5))) {
            long pid = pool.pids().get(0);
            WorkerException e = assertTimeoutPreemptively(
                    NOT_FOREVER,
                    () -> assertThrows(WorkerException.class, () -> pool.invoke(Task.fault(Fault.ERROR, 0))));
            assertTrue(e.getMessage().contains("OutOfMemoryError: simulated by Fault.ERROR"), e.getMessage());
            assertEquals(pid, pool.pids().get(0), "a worker that answered is healthy");
            pool.ping();
        }
    }

    @Test
    void aResultTooLargeToSendIsAnsweredWithAnErrorFrame() {
        try (ForkedWorkerPool pool = pool(1, Duration.ofMinutes(5))) {
            WorkerException e = assertTimeoutPreemptively(
                    NOT_FOREVER,
                    () -> assertThrows(WorkerException.class, () -> pool.invoke(Task.fault(Fault.HUGE_REPLY, 0))));
            assertTrue(e.getMessage().contains("cannot reply"), e.getMessage());
            pool.ping();
        }
    }

    @Test
    void everyWorkerStillBusyWithAnAbandonedCallIsReplaced() {
        try (ForkedWorkerPool pool = pool(2, Duration.ofSeconds(1))) {
            List<Long> before = pool.pids();
            assertThrows(
                    WorkerException.class,
                    () -> pool.invokeAll(List.of(Task.fault(Fault.HANG, 0), Task.fault(Fault.HANG, 0))));
            List<Long> after = pool.pids();
            assertNotEquals(before.get(0), after.get(0));
            assertNotEquals(before.get(1), after.get(1), "worker 1 was left spinning on the abandoned call");
            assertEquals(2, pool.invokeAll(List.of(Task.ping(), Task.ping())).size());
        }
    }

    @Test
    void aRetryIsJudgedByItsOwnDeadlineNotTheExpiredOneOfTheFirstTry() throws Exception {
        try (ForkedWorkerPool pool = pool(1, Duration.ofSeconds(6))) {
            long victim = pool.pids().get(0);
            CompletableFuture<double[]> call =
                    CompletableFuture.supplyAsync(() -> pool.invoke(Task.fault(Fault.SLEEP, 4000)));
            assertTrue(Processes.eventually(
                    NOT_FOREVER, () -> pool.stderrTail(0).stream().anyMatch(l -> l.contains("fault SLEEP"))));
            Thread.sleep(2500);
            Processes.signal("KILL", victim);
            // 2.5 s + start-up + 4 s is past the first try's 6 s; the retry has 6 s of its own for its 4 s.
            assertArrayEquals(new double[] {4000}, call.get(60, TimeUnit.SECONDS));
            assertNotEquals(victim, pool.pids().get(0));
        }
    }
}
