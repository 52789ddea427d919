package dev.speedup.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.reports.Main;
import dev.speedup.reports.TestFiles;
import dev.speedup.reports.read.JsonRows;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} and {@code table} read a run of JMH JSON as they read CSV. */
class JsonInputTest {
    @TempDir
    Path dir;

    private static String pi(String strategy, int p, double ms) {
        return JsonRows.benchmark(
                "dev.speedup.benchmarks.PiBenchmark.pi",
                "avgt",
                "ms/op",
                Map.of("parallelism", Integer.toString(p), "steps", "1000", "strategy", strategy),
                List.of(List.of(ms, ms), List.of(ms, ms)));
    }

    @Test
    void tableAndReportReadAJsonRun() throws Exception {
        TestFiles.write(dir, "jmh-p1.json", JsonRows.file(pi("SERIAL", 1, 100), pi("THREADS", 1, 100)));
        TestFiles.write(dir, "jmh-p2.json", JsonRows.file(pi("THREADS", 2, 50)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), "table", dir.toString()), err.toString());
        assertTrue(out.toString().contains("2.00"), out.toString());
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), "report", dir.toString()), err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("report/index.html")));
    }
}
