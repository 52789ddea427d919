package dev.speedup.core.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DaemonDemoTest {
    private static final long WORKER_MILLIS = 1000;
    private static DaemonDemo.Result result;

    @BeforeAll
    static void runTwoChildJvms() throws IOException, InterruptedException {
        result = DaemonDemo.run(WORKER_MILLIS);
    }

    @Test
    void aDaemonWorkerDoesNotKeepTheJvmAlive() {
        DaemonDemo.Child child = result.daemon();
        assertEquals(0, child.exitCode());
        assertFalse(child.workerEnded(), "the daemon worker should have died mid-sleep");
        assertTrue(
                Times.millis(child.lingerNanos()) < 0.5 * WORKER_MILLIS,
                () -> "lingered " + Times.ms(child.lingerNanos()));
    }

    @Test
    void forkedWorkersDieWithTheirParentEvenOnKillNine() throws IOException, InterruptedException {
        DaemonDemo.ForkedWorkers r = DaemonDemo.runForkedWorkersDieWithParent(2);
        assertEquals(2, r.workerPids().size());
        assertTrue(
                r.allDiedWithTheirParent(),
                () -> "workers " + r.workerPids() + " gone after " + r.goneAfterNanos() + " ns");
        for (long gone : r.goneAfterNanos()) {
            assertTrue(gone < 5_000_000_000L, () -> "a worker took " + Times.ms(gone) + " to die");
        }
    }

    @Test
    void aNonDaemonWorkerKeepsTheJvmAliveUntilItEnds() {
        DaemonDemo.Child child = result.nonDaemon();
        assertEquals(0, child.exitCode());
        assertTrue(child.workerEnded(), "the non-daemon worker should have finished its sleep");
        assertTrue(
                Times.millis(child.lingerNanos()) >= 0.8 * WORKER_MILLIS,
                () -> "lingered " + Times.ms(child.lingerNanos()));
    }
}
