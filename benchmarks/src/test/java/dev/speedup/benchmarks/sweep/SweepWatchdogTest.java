package dev.speedup.benchmarks.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step that hangs is stopped by the watchdog, with every JVM below it, and reported; the sweep
 * ends normally (not interrupted) with exit 1. The hang is real: JMH's fork is started suspended,
 * waiting for a debugger that never comes.
 */
class SweepWatchdogTest {
    @TempDir
    Path home;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aHungStepIsStoppedWithItsWholeTreeAndReported() throws Exception {
        Path run = home.resolve("run");
        Path output = home.resolve("sweep.out");
        ProcessBuilder builder = ChildSweep.builder(
                home,
                output,
                "--profile",
                "smoke",
                "--bench",
                "BarrierBenchmark",
                "--cores",
                "1",
                "--no-python",
                "--out",
                run.toString(),
                "--jvm-args",
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=localhost:0");
        // The step's estimate is about 1.3 s, so the watchdog fires at 4 × that, 5 s, not at 2 min.
        builder.environment().put("RUN_BENCH_MIN_STEP_LIMIT", "1");
        Process sweep = builder.start();
        List<ProcessHandle> seen = new ArrayList<>();
        try {
            while (!sweep.waitFor(100, TimeUnit.MILLISECONDS)) {
                sweep.toHandle().descendants().filter(p -> !seen.contains(p)).forEach(seen::add);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertEquals(1, sweep.exitValue(), text);
            assumeTrue(seen.size() >= 2, "JMH's fork never started: " + text);
            assertTrue(
                    text.contains(
                            "p=1 BarrierBenchmark: still running after 5s, 4 times its estimate: stopped (hung?)"),
                    text);
            assertTrue(text.contains("failing benchmarks in: p=1:BarrierBenchmark"), text);
            for (ProcessHandle process : seen) {
                assertFalse(process.isAlive(), "left running: " + process.pid() + " " + process.info());
            }
            RunManifest manifest = RunManifest.read(run);
            assertFalse(manifest.interrupted());
            assertFalse(manifest.end().isEmpty());
        } finally {
            sweep.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            sweep.destroyForcibly();
        }
    }
}
