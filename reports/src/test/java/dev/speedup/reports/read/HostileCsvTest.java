package dev.speedup.reports.read;

import static dev.speedup.reports.TestFiles.HEADER;
import static dev.speedup.reports.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values that parse but are not measurements, and files that are not CSV at all (issue 11). */
class HostileCsvTest {
    @TempDir
    Path dir;

    private String failure(String... lines) {
        Path file = write(dir, "jmh.csv", lines);
        return assertThrows(BadInputException.class, () -> new JmhCsvReader(file).read())
                .getMessage();
    }

    private static String rowWithScore(String score) {
        return "\"a.B.c\",\"avgt\",1,5," + score + ",0.1,\"ms/op\",2,10,THREADS";
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "-3.5", "1e999", "-1e999", "NaN"})
    void scoreThatIsNotAMeasurementNamesFileAndLine(String score) {
        String message = failure(HEADER, rowWithScore("1.0"), rowWithScore(score));
        assertTrue(message.startsWith(dir.resolve("jmh.csv") + ":3: expected a score above zero"), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void infinityWrittenAsAWordIsNotANumber() {
        assertTrue(failure(HEADER, rowWithScore("Infinity")).contains("jmh.csv:2: expected a number in column"));
    }

    @Test
    void secondaryResultsMayBeZeroButNotInfinite() {
        Path file = write(dir, "ok.csv", HEADER, "\"a.B.c:gc.count\",\"avgt\",1,5,0,NaN,\"counts\",2,10,THREADS");
        assertEquals(0.0, new JmhCsvReader(file).read().rows().get(0).score());
        assertTrue(failure(HEADER, "\"a.B.c:gc.count\",\"avgt\",1,5,1e999,NaN,\"counts\",2,10,THREADS")
                .contains("jmh.csv:2: expected a finite number in column \"Score\""));
    }

    @Test
    void negativeOrInfiniteErrorIsRejected() {
        assertTrue(failure(HEADER, "\"a.B.c\",\"avgt\",1,5,1.0,-0.1,\"ms/op\",2,10,X")
                .contains("jmh.csv:2: expected an error of zero or more"));
        assertTrue(failure(HEADER, "\"a.B.c\",\"avgt\",1,5,1.0,1e400,\"ms/op\",2,10,X")
                .contains("jmh.csv:2: expected an error of zero or more"));
    }

    @Test
    void threadCountBeyondAnIntIsRejectedNotTruncated() {
        String message = failure(HEADER, "\"a.B.c\",\"avgt\",99999999999,5,1.0,0.1,\"ms/op\",2,10,X");
        assertTrue(message.contains("jmh.csv:2: expected a thread count from 1 to 2147483647"), message);
        assertTrue(message.contains("found 99999999999"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e999"})
    void nonFiniteSizeParamIsRejected(String size) {
        String message = failure(HEADER, "\"a.B.c\",\"avgt\",1,5,1.0,0.1,\"ms/op\",2," + size + ",X");
        assertTrue(message.contains("jmh.csv:2: expected a finite value in column \"Param: size\""), message);
    }

    @Test
    void randomBinaryIsNotAJmhCsvFile() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(11).nextBytes(bytes);
        Path file = Files.write(dir.resolve("jmh.csv"), bytes);
        String message = assertThrows(BadInputException.class, () -> new JmhCsvReader(file).read())
                .getMessage();
        assertTrue(message.contains("jmh.csv:1: not a JMH CSV file"), message);
        assertFalse(message.contains("semicolon"), message);
    }

    @Test
    void nulInTheHeaderIsNotAJmhCsvFile() {
        String message = failure(HEADER.replace("Mode", "Mo\u0000de"), rowWithScore("1.0"));
        assertTrue(message.contains("jmh.csv:1: not a JMH CSV file: its first line holds binary data"), message);
        assertFalse(message.contains("\u0000"), message);
    }

    @Test
    void headerWithoutLineBreaksIsNotReadToTheEnd() {
        String message = failure("\"Benchmark\"," + "x".repeat(100_000));
        assertTrue(message.contains("not a JMH CSV file: its first line is longer than"), message);
    }

    @Test
    void coreCountInAFileNameBeyondAnIntIsOneLine() {
        Path file = write(dir, "jmh-p99999999999.csv", HEADER, rowWithScore("1.0"));
        String message = assertThrows(BadInputException.class, () -> new RunReader(dir).read())
                .getMessage();
        assertTrue(message.startsWith(file + ": the file name promises a core count outside 1 to"), message);
        assertThrows(BadInputException.class, () -> new RunReader(file).read());
    }

    @Test
    void lineNumbersStayRightForQuotedCellsSpanningLines() {
        Path file = write(
                dir,
                "jmh.csv",
                HEADER,
                "\"a.B.c\",\"avgt\",1,5,1.0,0.1,\"ms/op\",2,10,\"two",
                "lines\"",
                "",
                rowWithScore("-1"));
        String message = assertThrows(BadInputException.class, () -> new JmhCsvReader(file).read())
                .getMessage();
        assertTrue(message.contains("jmh.csv:5: expected a score above zero"), message);
    }
}
