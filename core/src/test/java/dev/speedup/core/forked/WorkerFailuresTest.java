package dev.speedup.core.forked;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each failure a worker JVM can inflict is provoked on purpose; the pool must report it clearly and keep working. */
@Timeout(60)
class WorkerFailuresTest {
    private static final Duration SOON = Duration.ofSeconds(20);

    private static ForkedWorkerPool quietPool(int workers) {
        return ForkedWorkerPool.builder(workers).echoStderr(false).start();
    }

    /** Starts a SLEEP task on worker 0 and returns once that worker has begun it. */
    private static CompletableFuture<double[]> sleepOnWorker0(ForkedWorkerPool pool, long ms)
            throws InterruptedException {
        CompletableFuture<double[]> call =
                CompletableFuture.supplyAsync(() -> pool.invoke(Task.fault(Fault.SLEEP, ms)));
        awaitStderr(pool, "fault SLEEP");
        return call;
    }

    private static void awaitStderr(ForkedWorkerPool pool, String text) throws InterruptedException {
        assertTrue(
                Processes.eventually(SOON, () -> pool.stderrTail(0).stream().anyMatch(l -> l.contains(text))),
                () -> "worker 0 never wrote '" + text + "': " + pool.stderrTail(0));
    }

    private static void assertStillWorks(ForkedWorkerPool pool) {
        for (int i = 0; i < 3; i++) {
            pool.ping();
        }
        assertArrayEquals(new double[] {1.5, -2.5}, pool.echo(new double[] {1.5, -2.5}));
        assertTrue(pool.pids().stream().allMatch(Processes::alive), pool.pids().toString());
    }

    private static void assertOneLineNaming(WorkerException e, long pid, String exitCode, String... texts) {
        String m = e.getMessage();
        assertTrue(!m.contains("\n"), "one line: " + m);
        assertTrue(m.startsWith("worker " + e.worker() + " (pid " + pid + ")"), m);
        assertTrue(m.contains("exit code " + exitCode), m);
        assertTrue(m.contains("stderr tail: "), m);
        for (String text : texts) {
            assertTrue(m.contains(text), () -> "expected '" + text + "' in: " + m);
        }
    }

    @Test
    void aWorkerKilledMidTaskIsReplacedAndTheTaskSucceedsOnItsRetry() throws Exception {
        try (ForkedWorkerPool pool = quietPool(1)) {
            long victim = pool.pids().get(0);
            CompletableFuture<double[]> call = sleepOnWorker0(pool, 1500);
            Processes.signal("KILL", victim);
            assertArrayEquals(new double[] {1500}, call.get());
            assertNotEquals(victim, pool.pids().get(0));
            assertStillWorks(pool);
        }
    }

    @Test
    void aTaskWhoseWorkerIsKilledTwiceFailsNamingWorkerPidExitCodeAndStderrTail() throws Exception {
        try (ForkedWorkerPool pool = quietPool(2)) {
            long first = pool.pids().get(0);
            CompletableFuture<double[]> call = sleepOnWorker0(pool, 30_000);
            Processes.signal("KILL", first);
            assertTrue(Processes.eventually(SOON, () -> pool.pids().get(0) != first));
            long second = pool.pids().get(0);
            awaitStderr(pool, "fault SLEEP"); // the fresh worker has begun the retry
            Processes.signal("KILL", second);
            ExecutionException thrown = assertThrows(ExecutionException.class, call::get);
            WorkerException e = (WorkerException) thrown.getCause();
            assertEquals(0, e.worker());
            assertEquals(second, e.pid());
            assertEquals(137, e.exitCode()); // 128 + SIGKILL
            assertOneLineNaming(
                    e, second, "137", "retry after worker pid " + first + " died", "worker: fault SLEEP 30000");
            assertStillWorks(pool);
        }
    }

    @Test
    void aHungWorkerIsKilledAtTheCallDeadlineAndReplacedWhileTheOthersCarryOn() {
        try (ForkedWorkerPool pool = ForkedWorkerPool.builder(2)
                .echoStderr(false)
                .callDeadline(Duration.ofSeconds(1))
                .start()) {
            List<Long> before = pool.pids();
            long started = System.nanoTime();
            WorkerException e = assertThrows(
                    WorkerException.class, () -> pool.invokeAll(List.of(Task.fault(Fault.HANG, 0), Task.ping())));
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(15).toNanos(), "deadline not enforced");
            assertOneLineNaming(
                    e, before.get(0), "137", "missed the call deadline of 1 s", "killed and replaced", "fault HANG");
            assertNotEquals(before.get(0), pool.pids().get(0));
            assertEquals(before.get(1), pool.pids().get(1), "the healthy worker was left alone");
            assertStillWorks(pool);
        }
    }

    @Test
    void garbageOnTheChannelIsDetectedAndTheWorkerReplaced() {
        try (ForkedWorkerPool pool = quietPool(1)) {
            WorkerException e = assertThrows(WorkerException.class, () -> pool.invoke(Task.fault(Fault.GARBAGE, 64)));
            assertOneLineNaming(
                    e, e.pid(), "137", "garbage on the channel: bad magic 0x67617262 (\"garbage!", "fault GARBAGE");
            assertNotEquals(e.pid(), pool.pids().get(0));
            assertStillWorks(pool);
        }
    }

    @Test
    void systemExitInsideATaskFailsTheCallWithItsExitCode() {
        try (ForkedWorkerPool pool = quietPool(1)) {
            WorkerException e = assertThrows(WorkerException.class, () -> pool.invoke(Task.fault(Fault.EXIT, 3)));
            assertEquals(3, e.exitCode());
            assertOneLineNaming(e, e.pid(), "3", "closed its channel", "fault EXIT 3");
            assertStillWorks(pool);
        }
    }

    @Test
    void printsToSystemOutInsideATaskLandOnStderrAndNeverCorruptTheChannel() {
        try (ForkedWorkerPool pool = quietPool(1)) {
            double[] data = new SplittableRandom(1).doubles(100_000).toArray();
            List<double[]> replies = pool.invokeAll(List.of(Task.fault(Fault.PRINT, 2000), Task.echo(data)));
            assertArrayEquals(data, replies.get(1));
            assertTrue(
                    pool.stderrTail(0).contains("stray print 1999 on System.out"),
                    pool.stderrTail(0).toString());
        }
    }

    @Test
    void aTenMegabyteStderrFloodNeitherCorruptsTheChannelNorDeadlocks() {
        try (ForkedWorkerPool pool = quietPool(2)) {
            double[] data = new SplittableRandom(2).doubles(1 << 20).toArray();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                List<double[]> replies = pool.invokeAll(List.of(
                        Task.fault(Fault.FLOOD, 10_000_000), Task.fault(Fault.FLOOD, 10_000_000),
                        Task.echo(data), Task.echo(data)));
                assertArrayEquals(data, replies.get(2));
                assertArrayEquals(data, replies.get(3));
            });
            assertEquals(StderrPump.TAIL_LINES, pool.stderrTail(0).size());
            assertTrue(pool.stderrTail(0).get(StderrPump.TAIL_LINES - 1).startsWith("flood flood"));
            assertStillWorks(pool);
        }
    }
}
