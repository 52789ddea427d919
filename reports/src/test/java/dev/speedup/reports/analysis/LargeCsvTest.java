package dev.speedup.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.reports.TestFiles;
import dev.speedup.reports.read.RunReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeCsvTest {
    @TempDir
    Path dir;

    @Test
    void tenThousandRowsAreReadAndAnalysedQuickly() throws Exception {
        // 50 benchmarks × 8 sizes × (SERIAL at 1 + 4 strategies × 6 core counts) = 10 000 rows
        String[] strategies = {"THREADS", "EXECUTOR", "FORK_JOIN", "PARALLEL_STREAM"};
        int[] cores = {1, 2, 4, 8, 16, 32};
        StringBuilder csv = new StringBuilder(TestFiles.HEADER).append('\n');
        int rows = 0;
        for (int b = 0; b < 50; b++) {
            for (int s = 0; s < 8; s++) {
                String size = Integer.toString(1000 << s);
                double serial = 1.0 * (1 << s) * (1 + b % 7);
                csv.append(TestFiles.row(
                                "dev.speedup.benchmarks.B" + b + ".run",
                                serial,
                                serial * 0.02,
                                "ms/op",
                                1,
                                size,
                                "SERIAL"))
                        .append('\n');
                rows++;
                for (String strategy : strategies) {
                    for (int p : cores) {
                        double t = serial * (0.05 + 0.95 / p) * (1 + 0.01 * strategy.length());
                        csv.append(TestFiles.row(
                                        "dev.speedup.benchmarks.B" + b + ".run",
                                        t,
                                        t * 0.03,
                                        "ms/op",
                                        p,
                                        size,
                                        strategy))
                                .append('\n');
                        rows++;
                    }
                }
            }
        }
        assertEquals(10_000, rows);
        Files.writeString(dir.resolve("results.csv"), csv);

        long start = System.nanoTime();
        var run = new RunReader(dir).read();
        long read = System.nanoTime();
        RunAnalysis analysis = new Analyzer(AnalysisOptions.defaults()).analyze(run);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "read and analysed %d rows in %.3f s (reading %.3f s)%n",
                rows,
                seconds,
                (read - start) / 1e9);

        assertEquals(400, analysis.cases().size());
        assertEquals(50, analysis.families().size());
        // Amdahl with f = 0.05 on every series: the fit must recover it
        AmdahlFit fit =
                analysis.cases().get(0).series("THREADS").orElseThrow().fit().orElseThrow();
        assertEquals(0.05 * 1.07, fit.serialFraction(), 1e-9);
        // Generous bound: a shared 2-core box must not fail this; the target is "well under 10 s".
        assertTrue(seconds < 60, "took " + seconds + " s");
    }
}
