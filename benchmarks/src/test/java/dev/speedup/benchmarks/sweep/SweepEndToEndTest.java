package dev.speedup.benchmarks.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.speedup.benchmarks.RunCheck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smallest real sweep, as a child JVM: one benchmark class at one core, two forks, and the
 * Python π where python3 is. Its run directory passes RunCheck: a CSV row per point, each with its
 * JSON twin holding forks × iterations raw samples, and the manifest of a finished run.
 */
class SweepEndToEndTest {
    @TempDir
    Path home;

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void aTinySweepWritesCsvJsonAndManifestThatPassRunCheck() throws Exception {
        Path run = home.resolve("run");
        Path output = home.resolve("sweep.out");
        Process sweep = ChildSweep.builder(
                        home,
                        output,
                        "--profile",
                        "smoke",
                        "--bench",
                        "BarrierBenchmark",
                        "--cores",
                        "1",
                        "--out",
                        run.toString(),
                        "--",
                        "-f",
                        "2")
                .start();
        assertTrue(sweep.waitFor(120, TimeUnit.SECONDS), "the sweep did not end");
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assumeFalse(text.contains("another JMH run holds its lock"), "another JMH run is going on");
        assertEquals(0, sweep.exitValue(), text);

        RunManifest manifest = RunManifest.read(run);
        assertFalse(manifest.interrupted());
        assertEquals("smoke", manifest.profile());
        assertEquals("1", manifest.cores());
        assertFalse(Files.exists(run.resolve(".parts")), "step files left behind");

        JsonNode results =
                new ObjectMapper().readTree(run.resolve("jmh-p1.json").toFile());
        assertEquals(1, results.size(), results.toString());
        assertEquals(2, results.get(0).path("primaryMetric").path("rawData").size(), "two forks");
        assertEquals(1 + 1, Files.readAllLines(run.resolve("jmh-p1.csv")).size(), "a header and one row");
        assertEquals(!manifest.python().equals("none"), Files.exists(run.resolve("python-p1.csv")));

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        List<String> failures =
                RunCheck.check(run, "BarrierBenchmark", new PrintStream(table, true, StandardCharsets.UTF_8));
        assertEquals(List.of(), failures, table.toString(StandardCharsets.UTF_8));
    }
}
