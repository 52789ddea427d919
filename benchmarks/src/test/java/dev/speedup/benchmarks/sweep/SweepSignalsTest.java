package dev.speedup.benchmarks.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C, SIGTERM and SIGHUP in the middle of a step stop the whole process tree (the step's JVM,
 * JMH's fork and the fork's FORKED_JVM worker), keep the run directory with {@code
 * interrupted=true}, and exit 130. The sweep runs as a child JVM on the tiniest π, kept in its
 * warm-up so the signal always lands mid-step.
 */
class SweepSignalsTest {
    /** Step JVM, JMH's fork, and the fork's worker JVM. */
    private static final int TREE = 3;

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"HUP", "TERM", "INT"})
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void aSignalMidStepLeavesNoJvmBehindAndRecordsTheInterruption(String signal) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")) && MachineFacts.onPath("kill"), "Linux only");
        assumeFalse(signal.equals("INT") && sigintIgnored(), "SIGINT is ignored here (a background job)");
        Path run = home.resolve("run");
        Path output = home.resolve("sweep.out");
        Process sweep = ChildSweep.builder(
                        home,
                        output,
                        "--profile",
                        "smoke",
                        "--bench",
                        "PiBenchmark",
                        "--cores",
                        "1",
                        "--no-python",
                        "--out",
                        run.toString(),
                        "--",
                        "-p",
                        "strategy=FORKED_JVM",
                        "-wi",
                        "60",
                        "-w",
                        "1s")
                .start();
        try {
            List<ProcessHandle> tree = awaitTree(sweep, output);
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(sweep.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(sweep.waitFor(60, TimeUnit.SECONDS), "the sweep did not stop: " + read(output));
            assertEquals(130, sweep.exitValue(), read(output));
            for (ProcessHandle process : tree) {
                assertFalse(process.isAlive(), "left running: " + process.pid() + " " + process.info());
            }
            assertTrue(RunManifest.read(run).interrupted(), read(output));
            assertFalse(RunManifest.read(run).end().isEmpty());
            assertTrue(read(output).contains("interrupted: stopping JMH and every JVM it started"), read(output));
            assertFalse(Files.exists(run.resolve(".parts")), "step files left behind");
        } finally {
            sweep.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            sweep.destroyForcibly();
        }
    }

    /** Waits until the sweep's tree holds a step JVM, JMH's fork and its worker; returns the tree. */
    private static List<ProcessHandle> awaitTree(Process sweep, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            List<ProcessHandle> tree = sweep.toHandle().descendants().toList();
            if (tree.size() >= TREE) {
                return tree;
            }
            if (!sweep.isAlive()) {
                fail("the sweep ended before its step started: " + read(output));
            }
            Thread.sleep(100);
        }
        fail("no JMH fork with a worker within 90 s: " + read(output));
        return List.of();
    }

    private static boolean sigintIgnored() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0;
            }
        }
        return false;
    }

    private static String read(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
