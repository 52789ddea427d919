package dev.speedup.core.forked;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import dev.speedup.core.strategy.PiLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ForkedWorkerPoolTest {

    @Test
    void poolStartsTheRequestedNumberOfLiveWorkersEachWithItsOwnPid() {
        try (ForkedWorkerPool pool = ForkedWorkerPool.start(3)) {
            assertEquals(3, pool.size());
            List<Long> pids = pool.pids();
            assertEquals(3, new HashSet<>(pids).size(), pids.toString());
            assertTrue(pids.stream().allMatch(Processes::alive), pids.toString());
            assertTrue(!pids.contains(ProcessHandle.current().pid()));
        }
    }

    @Test
    void echoReturnsEveryDoubleBitForBitIncludingNaNsAndSignedZeros() {
        double[] data = new SplittableRandom(7).doubles(1 << 20).toArray(); // 8 MiB
        data[0] = Double.NaN;
        data[1] = -0.0;
        data[2] = Double.NEGATIVE_INFINITY;
        data[3] = Double.MIN_VALUE;
        data[4] = Double.longBitsToDouble(0x7ff8_dead_beef_0001L); // a NaN with a payload
        try (ForkedWorkerPool pool = ForkedWorkerPool.start(1)) {
            double[] back = pool.echo(data);
            assertEquals(data.length, back.length);
            for (int i = 0; i < data.length; i++) {
                if (Double.doubleToRawLongBits(data[i]) != Double.doubleToRawLongBits(back[i])) {
                    throw new AssertionError("element " + i + " changed: " + data[i] + " -> " + back[i]);
                }
            }
            assertArrayEquals(new double[0], pool.echo(new double[0]));
        }
    }

    @Test
    void manyMoreTasksThanWorkersComeBackInTaskOrder() {
        try (ForkedWorkerPool pool = ForkedWorkerPool.start(2)) {
            List<Task> tasks = new ArrayList<>();
            List<PiLoop> loops = PiLoop.available(); // every loop a worker runs must give this JVM's bits
            for (int k = 0; k < 9; k++) {
                tasks.add(Task.piSum(loops.get(k % loops.size()), k, 1000, 9, 1000));
            }
            List<double[]> replies = pool.invokeAll(tasks);
            for (int k = 0; k < 9; k++) {
                PiLoop loop = loops.get(k % loops.size());
                assertEquals(loop.sum(k, 1000, 9, 1000), replies.get(k)[0], 0.0, "task " + k + " " + loop);
            }
        }
    }

    @Test
    void eachTaskGoesToTheFirstFreeWorkerSoOneSlowTaskHoldsUpNoOther() {
        try (ForkedWorkerPool pool =
                ForkedWorkerPool.builder(2).echoStderr(false).start()) {
            // Round-robin would queue tasks 2, 4 and 6 behind the slow task 0 on worker 0.
            List<Task> tasks = new ArrayList<>();
            tasks.add(Task.fault(Fault.SLEEP, 8000));
            for (int k = 1; k <= 6; k++) {
                tasks.add(Task.fault(Fault.SLEEP, k));
            }
            List<double[]> replies = pool.invokeAll(tasks);
            for (int k = 0; k < tasks.size(); k++) {
                assertArrayEquals(new double[] {k == 0 ? 8000 : k}, replies.get(k), "reply " + k + " in task order");
            }
            int[] ranOn = pool.lastRanOn();
            assertEquals(0, ranOn[0]);
            for (int k = 1; k <= 6; k++) {
                assertEquals(1, ranOn[k], "task " + k + " ran on worker " + ranOn[k] + " while worker 0 slept");
            }
        }
    }

    @Test
    void poolMapTaskMapsChunksThatStartMidSlice() {
        double[] in = new SplittableRandom(3).doubles(100).toArray();
        PoolFunction f = new PoolFunction(5);
        double[] expected = new double[in.length];
        PoolMap.apply(f, in, expected);
        try (ForkedWorkerPool pool = ForkedWorkerPool.start(1)) {
            double[] slice = pool.invoke(Task.poolMap(f, in, 13, 77, 10));
            for (int i = 13; i < 77; i++) {
                assertEquals(expected[i], slice[i - 13], 0.0, "element " + i);
            }
        }
    }

    @Test
    void pingWorksManyTimesInARow() {
        try (ForkedWorkerPool pool = ForkedWorkerPool.start(1)) {
            for (int i = 0; i < 1000; i++) {
                pool.ping();
            }
        }
    }

    @Test
    void aTaskLargerThanOneFrameIsRefusedBeforeAnythingIsSent() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Task.echo(new double[Protocol.MAX_DOUBLES + 1]));
        assertTrue(e.getMessage().contains("at most"), e.getMessage());
    }

    @Test
    void closeEndsEveryWorkerProcessAndEveryPoolThreadAndIsIdempotent() throws InterruptedException {
        ForkedWorkerPool pool = ForkedWorkerPool.start(2);
        List<Long> pids = pool.pids();
        pool.ping();
        pool.close();
        pool.close();
        assertEquals(List.of(), Processes.aliveAfter(pids, Duration.ZERO), "workers still running after close()");
        List<String> threads = Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith("speedup-FORKED_JVM-"))
                .collect(Collectors.toList());
        assertEquals(List.of(), threads);
        IllegalStateException e = assertThrows(IllegalStateException.class, pool::ping);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void closeKillsAWorkerThatCannotAnswerTheShutdownFrame() throws Exception {
        ForkedWorkerPool pool = ForkedWorkerPool.builder(2).echoStderr(false).start();
        List<Long> pids = pool.pids();
        try {
            Processes.signal("STOP", pids.get(0)); // a stopped process reads nothing, not even SHUTDOWN
            pool.close();
            assertEquals(List.of(), Processes.aliveAfter(pids, Duration.ZERO));
        } finally {
            Processes.killAll(pids);
        }
    }

    @Test
    void aChildWithABadJvmOptionIsReportedWithItsStderr() {
        WorkerException e = assertThrows(WorkerException.class, () -> ForkedWorkerPool.builder(1)
                .echoStderr(false)
                .jvmArgs(List.of("-XX:+NoSuchOptionAnywhere"))
                .start());
        assertTrue(e.getMessage().contains("before saying hello"), e.getMessage());
        assertTrue(e.getMessage().contains("NoSuchOptionAnywhere"), e.getMessage());
        assertEquals(1, e.exitCode());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void aChildWithABadClassPathIsReportedWithItsStderr() {
        WorkerException e = assertThrows(WorkerException.class, () -> ForkedWorkerPool.builder(2)
                .echoStderr(false)
                .classPath("/no/such/dir")
                .start());
        assertTrue(e.getMessage().contains("Could not find or load main class"), e.getMessage());
        assertEquals(0, e.worker());
    }

    @Test
    void aChildThatIsTooSlowToSayHelloIsKilledAtTheStartupTimeout() throws InterruptedException {
        // A JVM cannot start in 1 ms: the timeout fires, and the child must not be left running.
        WorkerException e = assertThrows(WorkerException.class, () -> ForkedWorkerPool.builder(1)
                .echoStderr(false)
                .startupTimeout(Duration.ofMillis(1))
                .start());
        assertTrue(e.getMessage().contains("did not say hello within 1 ms"), e.getMessage());
        assertEquals(List.of(), Processes.aliveAfter(List.of(e.pid()), Duration.ofSeconds(2)));
    }

    @Test
    void spawnPerTaskStartsAFreshJvmForEachTaskAndLeavesNoneBehind() {
        ForkedWorkerPool.spawnAndPing();
        assertEquals(Math.PI, SpawnPerTask.run(Task.piSum(PiLoop.TUNED, 0, 1000, 1, 1000))[0] / 1000, 1e-6);
        List<double[]> replies =
                SpawnPerTask.runAll(List.of(Task.echo(new double[] {1, 2}), Task.echo(new double[] {3})));
        assertArrayEquals(new double[] {1, 2}, replies.get(0));
        assertArrayEquals(new double[] {3}, replies.get(1));
    }

    @Test
    void aReplacedWorkerGetsANewPid() throws Exception {
        try (ForkedWorkerPool pool =
                ForkedWorkerPool.builder(1).echoStderr(false).start()) {
            long before = pool.pids().get(0);
            Processes.signal("KILL", before);
            pool.ping(); // the ping dies with the worker, is retried on a fresh one, and succeeds
            assertNotEquals(before, pool.pids().get(0));
        }
    }
}
