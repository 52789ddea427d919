package dev.speedup.reports.read;

import static dev.speedup.reports.TestFiles.HEADER;
import static dev.speedup.reports.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhCsvReaderTest {
    @TempDir
    Path dir;

    private List<JmhRow> read(String... lines) {
        return new JmhCsvReader(write(dir, "jmh.csv", lines)).read().rows();
    }

    private String failure(String... lines) {
        return assertThrows(BadInputException.class, () -> read(lines)).getMessage();
    }

    @Test
    void columnsAreFoundByHeaderNameInAnyOrder() {
        JmhRow row = read(
                        "\"Unit\",\"Param: n\",\"Score\",\"Benchmark\",\"Score Error (99.9%)\","
                                + "\"Mode\",\"Samples\",\"Threads\"",
                        "\"us/op\",\"7\",12.5,\"a.B.c\",0.25,\"avgt\",10,3")
                .get(0);
        assertEquals("a.B.c", row.benchmark());
        assertEquals(Mode.AVERAGE_TIME, row.mode());
        assertEquals(12.5, row.score());
        assertEquals(0.25, row.error());
        assertEquals("us/op", row.unit());
        assertEquals(3, row.threads());
        assertEquals(10, row.samples());
        assertEquals(Map.of("n", "7"), row.params());
        assertEquals(2, row.line());
    }

    @Test
    void quotedCellsKeepTheirCommasAndQuotes() {
        JmhRow row = read(HEADER, "\"a.B.c\",\"avgt\",1,5,1.0,0.1,\"ms/op\",2,\"1,000\"," + "\"say \"\"hi\"\"\"")
                .get(0);
        assertEquals("1,000", row.params().get("size"));
        assertEquals("say \"hi\"", row.params().get("strategy"));
    }

    @Test
    void emptyParamCellsMeanTheBenchmarkHasNoSuchParam() {
        JmhRow row = read(HEADER, "\"a.B.ref\",\"avgt\",1,5,1.0,0.1,\"ms/op\",,\"100\",")
                .get(0);
        assertEquals(Map.of("size", "100"), row.params());
        assertTrue(row.param("strategy").isEmpty());
    }

    @Test
    void nanErrorIsReadAsUnknownNotZero() {
        JmhRow row = read(HEADER, "\"a.B.c\",\"ss\",1,1,3.5,NaN,\"s/op\",1,10,SERIAL")
                .get(0);
        assertTrue(Double.isNaN(row.error()));
        assertEquals(3.5, row.score());
    }

    @Test
    void secondaryMetricRowsAreKeptApartFromPrimaryRows() {
        List<JmhRow> rows = read(
                HEADER,
                "\"a.B.c\",\"avgt\",1,5,1.0,0.1,\"ms/op\",2,10,THREADS",
                "\"a.B.c:gc.alloc.rate\",\"avgt\",1,5,812.3,5.0,\"MB/sec\",2,10,THREADS",
                "\"a.B.c:\u00b7gc.count\",\"avgt\",1,5,3,NaN,\"counts\",2,10,THREADS");
        assertTrue(rows.get(0).primary());
        assertFalse(rows.get(1).primary());
        assertEquals("a.B.c", rows.get(1).benchmark());
        assertEquals("gc.alloc.rate", rows.get(1).label());
        assertEquals("MB/sec", rows.get(1).unit());
        assertFalse(rows.get(2).primary());
    }

    @Test
    void sampleModePercentileRowsAreSecondaryRows() {
        List<JmhRow> rows = read(
                HEADER,
                "\"a.B.c\",\"sample\",1,2000,0.5,0.01,\"ms/op\",1,10,SERIAL",
                "\"a.B.c:p0.50\",\"sample\",1,1,0.48,NaN,\"ms/op\",1,10,SERIAL",
                "\"a.B.c:c\u00b7p0.99\",\"sample\",1,1,0.9,NaN,\"ms/op\",1,10,SERIAL");
        assertEquals(Mode.SAMPLE_TIME, rows.get(0).mode());
        assertTrue(rows.get(0).primary());
        assertEquals(
                List.of("p0.50", "c\u00b7p0.99"),
                rows.subList(1, 3).stream().map(JmhRow::label).toList());
    }

    @Test
    void everyModeAndTimeUnitIsNormalizedToSecondsOrOpsPerSecond() {
        assertEquals(1e-3, Units.toBase(Mode.AVERAGE_TIME, "ms/op").orElseThrow());
        assertEquals(1e-6, Units.toBase(Mode.SAMPLE_TIME, "us/op").orElseThrow());
        assertEquals(1e-9, Units.toBase(Mode.SINGLE_SHOT, "ns/op").orElseThrow());
        assertEquals(60.0, Units.toBase(Mode.AVERAGE_TIME, "min/op").orElseThrow());
        assertEquals(1000.0, Units.toBase(Mode.THROUGHPUT, "ops/ms").orElseThrow(), 1e-9);
        assertEquals(1.0 / 3600, Units.toBase(Mode.THROUGHPUT, "ops/hr").orElseThrow(), 1e-15);
        assertTrue(Units.toBase(Mode.THROUGHPUT, "ms/op").isEmpty());
        assertTrue(Units.toBase(Mode.AVERAGE_TIME, "ops/s").isEmpty());
        assertTrue(Mode.THROUGHPUT.higherIsBetter());
        assertFalse(Mode.AVERAGE_TIME.higherIsBetter());
    }

    @Test
    void commaDecimalLocaleFileIsReadWithItsDecimalComma() {
        JmhRow row = read(
                        "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\","
                                + "\"Score Error (99,9%)\",\"Unit\",\"Param: parallelism\"",
                        "\"a.B.c\",\"avgt\",1,5,\"2342,834964\",\"12,5\",\"ms/op\",\"2\"")
                .get(0);
        assertEquals(2342.834964, row.score(), 1e-9);
        assertEquals(12.5, row.error(), 1e-12);
    }

    @Test
    void decimalCommaUnderAnEnglishHeaderIsRejectedNotMisread() {
        String message = failure(HEADER, "\"a.B.c\",\"avgt\",1,5,\"2342,834964\",1.0,\"ms/op\",2,10,X");
        assertTrue(message.contains("jmh.csv:2:"), message);
        assertTrue(message.contains("decimal comma"), message);
        assertTrue(message.contains("2342,834964"), message);
    }

    @Test
    void dotDecimalInACommaLocaleFileIsRejected() {
        String message = failure(
                "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\"," + "\"Score Error (99,9%)\",\"Unit\"",
                "\"a.B.c\",\"avgt\",1,5,\"1.234,5\",\"1\",\"ms/op\"");
        assertTrue(message.contains("jmh.csv:2:") && message.contains("comma-decimal locale"), message);
    }

    @Test
    void malformedRowNamesFileAndLine() {
        String message = failure(HEADER, "", "\"a.B.c\",\"avgt\",1,5,fast,0.1,\"ms/op\",2,10,X");
        assertTrue(message.startsWith(dir.resolve("jmh.csv") + ":3: "), message);
        assertTrue(message.contains("expected a number in column \"Score\", found \"fast\""), message);
        assertFalse(message.contains("\n"));
    }

    @Test
    void raggedRowNamesFileAndLine() {
        String message = failure(
                HEADER,
                "\"a.B.c\",\"avgt\",1,5,1.0,0.1,\"ms/op\",2,10,X",
                "\"a.B.c\",\"avgt\",1,5,1.0,0.1,\"ms/op\",2");
        assertTrue(message.contains("jmh.csv:3: expected 10 cells like the header, found 8"), message);
    }

    @Test
    void missingColumnNamesFileAndTheColumn() {
        String message = failure(
                "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Unit\"",
                "\"a.B.c\",\"avgt\",1,5,1.0,\"ms/op\"");
        assertTrue(message.contains("jmh.csv:1: missing column \"Score Error (99.9%)\""), message);
    }

    @Test
    void emptyFileIsRejectedWithWhatWasExpected() {
        String message = failure("");
        assertTrue(message.contains("jmh.csv:1: empty file; expected a JMH CSV header"), message);
    }

    @Test
    void unknownModeAndUnitThatDoesNotFitTheModeAreRejected() {
        assertTrue(failure(HEADER, "\"a.B.c\",\"fast\",1,5,1.0,0.1,\"ms/op\",2,10,X")
                .contains("jmh.csv:2: expected a JMH mode (thrpt, avgt, sample, ss)"));
        assertTrue(failure(HEADER, "\"a.B.c\",\"thrpt\",1,5,1.0,0.1,\"ms/op\",2,10,X")
                .contains("jmh.csv:2: expected a unit ops/<time unit>"));
    }

    @Test
    void semicolonSeparatedFileIsRejectedWithTheReason() {
        assertTrue(failure("Benchmark;Mode;Threads;Samples;Score;Score Error (99,9%);Unit")
                .contains("semicolon-separated"));
    }

    @Test
    void unterminatedQuoteIsReportedAsInvalidCsv() {
        String message = failure(HEADER, "\"a.B.c,\"avgt\",1,5,1.0,0.1,\"ms/op\",2,10,X");
        assertTrue(message.contains("jmh.csv: not valid CSV"), message);
    }

    @Test
    void lineNumbersCountBlankLinesAndWindowsLineEnds() {
        List<JmhRow> rows = read(
                HEADER + "\r",
                "\r",
                "\"a.B.c\",\"avgt\",1,5,1.0,0.1,\"ms/op\",2,10,X\r",
                "\"a.B.d\",\"avgt\",1,5,1.0,0.1,\"ms/op\",2,10,X\r");
        assertEquals(List.of(3, 4), rows.stream().map(JmhRow::line).toList());
    }

    @Test
    void byteOrderMarkDoesNotHideTheBenchmarkColumn() {
        assertEquals(
                "a.B.c",
                read("\uFEFF" + HEADER, "\"a.B.c\",\"avgt\",1,5,1.0,0.1,\"ms/op\",2,10,X")
                        .get(0)
                        .benchmark());
    }
}
