package dev.speedup.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes hand-made JMH CSVs and run directories for tests. */
public final class TestFiles {
    public static final String HEADER = "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\","
            + "\"Score Error (99.9%)\",\"Unit\",\"Param: parallelism\",\"Param: size\",\"Param: strategy\"";

    private TestFiles() {}

    public static Path write(Path dir, String name, String... lines) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row under {@link #HEADER}. */
    public static String row(
            String bench, double score, double error, String unit, int p, String size, String strategy) {
        return String.format(
                java.util.Locale.ROOT,
                "\"%s\",\"avgt\",1,5,%s,%s,\"%s\",%d,%s,%s",
                bench,
                score,
                error,
                unit,
                p,
                size,
                strategy);
    }

    /**
     * The worked example: SERIAL 100 ms at p=1, THREADS 100, 52, 27 ms at p = 1, 2, 4,
     * written as a run directory with one file per core count.
     */
    public static Path exampleRun(Path dir) {
        String b = "dev.speedup.benchmarks.PiBenchmark.pi";
        write(
                dir,
                "jmh-p1.csv",
                HEADER,
                row(b, 100, 2, "ms/op", 1, "1000", "SERIAL"),
                row(b, 100, 3, "ms/op", 1, "1000", "THREADS"));
        write(dir, "jmh-p2.csv", HEADER, row(b, 52, 1, "ms/op", 2, "1000", "THREADS"));
        write(dir, "jmh-p4.csv", HEADER, row(b, 27, 0.5, "ms/op", 4, "1000", "THREADS"));
        write(
                dir,
                "machine.properties",
                "host=box-1",
                "cpu.model=Test CPU",
                "cpu.cores=4",
                "java.vendor=Eclipse Adoptium",
                "java.version=17.0.15");
        return dir;
    }
}
