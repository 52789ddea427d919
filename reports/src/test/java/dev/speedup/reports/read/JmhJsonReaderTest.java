package dev.speedup.reports.read;

import static dev.speedup.reports.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.reports.TestFiles;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhJsonReaderTest {
    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(JmhJsonReaderTest.class.getResource("/jmh/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private BadInputException rejected(String json) {
        Path file = write(dir, "bad.json", json);
        return assertThrows(BadInputException.class, () -> new JmhJsonReader(file).read());
    }

    @Test
    void realJmhFileGivesEveryModeWithSecondaryMetricsKeptApart() {
        // Written by JMH 1.37: KernelBenchmark.tuned -bm sample,avgt,thrpt -prof gc -f 2 -i 2.
        List<JmhRow> rows =
                new JmhJsonReader(resource("kernel-three-modes-gc.json")).read().rows();
        List<JmhRow> primary = rows.stream().filter(JmhRow::primary).toList();
        assertEquals(
                List.of(Mode.THROUGHPUT, Mode.AVERAGE_TIME, Mode.SAMPLE_TIME),
                primary.stream().map(JmhRow::mode).toList());
        assertEquals(Map.of("steps", "10000"), primary.get(0).params());
        assertEquals("ops/ms", primary.get(0).unit());
        assertEquals(87.20017444801519, primary.get(0).score());
        assertEquals(
                List.of(List.of(80.28509441654876, 95.1942560717644), List.of(95.34636514573116, 77.97498215801643)),
                primary.get(0).forks());
        assertEquals(
                (80.28509441654876 + 95.1942560717644) / 2,
                primary.get(0).forkMeans().get(0),
                1e-12);
        // Sample mode keeps a histogram per iteration; each fork still gets its two iteration means.
        assertEquals(2, primary.get(2).forks().size());
        assertEquals(2, primary.get(2).forks().get(0).size());
        List<String> sampleLabels = rows.stream()
                .filter(r -> r.mode() == Mode.SAMPLE_TIME && !r.primary())
                .map(JmhRow::label)
                .toList();
        assertTrue(
                sampleLabels.containsAll(List.of("gc.alloc.rate", "p0.50", "p0.999", "p1.00")),
                sampleLabels.toString());
    }

    @Test
    void oneForkWithoutErrorIsReadAsNoError() {
        Path file = write(
                dir,
                "one.json",
                JsonRows.file(
                        JsonRows.benchmark("a.B.c", "avgt", "ms/op", Map.of("size", "10"), List.of(List.of(2.0)))));
        JmhRow row = new JmhJsonReader(file).read().rows().get(0);
        assertTrue(Double.isNaN(row.error()));
        assertEquals(List.of(2.0), row.forkMeans());
        assertEquals(1, row.samples());
    }

    @Test
    void zeroScoreNamesFileLineAndBenchmark() {
        String message = rejected("[\n  {\n \"benchmark\" : \"a.B.c\", \"mode\" : \"avgt\", \"threads\" : 1,"
                        + " \"primaryMetric\" : {\"score\" : 0, \"scoreError\" : \"NaN\", \"scoreUnit\" : \"ms/op\","
                        + " \"rawData\" : [[0]]}}\n]")
                .getMessage();
        assertTrue(message.startsWith(dir.resolve("bad.json") + ":2: "), message);
        assertTrue(message.contains("a.B.c score") && message.contains("above zero"), message);
    }

    @Test
    void threadsBeyondAnIntAndNonFiniteSizesFollowTheCsvReadersRules() {
        String threads = rejected("[\n  {\n \"benchmark\" : \"a.B.c\", \"mode\" : \"avgt\", \"threads\" : 99999999999,"
                        + " \"primaryMetric\" : {\"score\" : 1, \"scoreError\" : \"NaN\", \"scoreUnit\" : \"ms/op\","
                        + " \"rawData\" : [[1]]}}\n]")
                .getMessage();
        assertTrue(threads.contains("thread count") && threads.contains("99999999999"), threads);
        String size = rejected(JsonRows.file(JsonRows.benchmark(
                        "a.B.c", "avgt", "ms/op", Map.of("size", "Infinity"), List.of(List.of(1.0)))))
                .getMessage();
        assertTrue(size.contains("size") && size.contains("finite"), size);
    }

    @Test
    void infiniteRawSampleIsRejected() {
        String message = rejected(
                        JsonRows.file(JsonRows.benchmark("a.B.c", "avgt", "ms/op", Map.of(), List.of(List.of(1.0))))
                                .replace("[ 1.0 ]", "[ \"Infinity\" ]"))
                .getMessage();
        assertTrue(message.contains("rawData") && message.contains("infinity"), message);
    }

    @Test
    void truncatedJsonIsOneLineWithItsLine() {
        String message = rejected("[\n {\n \"benchmark\" : ").getMessage();
        assertTrue(message.matches(".*bad\\.json:[34]: not valid JSON.*"), message);
        assertTrue(!message.contains("\n"), message);
    }

    @Test
    void csvFileIsNotMistakenForJson() {
        String message = rejected("Benchmark,Mode\n").getMessage();
        assertTrue(message.contains("not valid JSON") || message.contains("expected a JMH JSON"), message);
    }

    @Test
    void unitThatDoesNotFitTheModeIsRejected() {
        String message = rejected(
                        JsonRows.file(JsonRows.benchmark("a.B.c", "thrpt", "ms/op", Map.of(), List.of(List.of(1.0)))))
                .getMessage();
        assertTrue(message.contains("expected a unit ops/"), message);
    }

    @Test
    void runDirectoryPrefersJsonOverCsvAndReadsPythonFiles() {
        write(dir, "jmh-p1.csv", TestFiles.HEADER, TestFiles.row("a.B.c", 9.0, 0.1, "ms/op", 1, "10", "SERIAL"));
        write(
                dir,
                "jmh-p1.json",
                JsonRows.file(JsonRows.benchmark(
                        "a.B.c",
                        "avgt",
                        "ms/op",
                        Map.of("parallelism", "1", "size", "10", "strategy", "SERIAL"),
                        List.of(List.of(1.0, 1.2), List.of(1.1)))));
        write(
                dir,
                "python-p1.csv",
                TestFiles.HEADER,
                TestFiles.row("python.LecturePi.pi", 860, 20, "ms/op", 1, "10", "PY_SERIAL"));
        Run run = new RunReader(dir).read();
        assertEquals(
                List.of("jmh-p1.json", "python-p1.csv"),
                run.files().stream().map(f -> f.file().getFileName().toString()).toList());
        assertEquals(2, run.rows().get(0).forks().size());
        assertEquals("python.LecturePi.pi", run.rows().get(1).benchmark());
        assertEquals(1, Run.coresOfFile(run.files().get(1).file()).getAsInt());
    }
}
