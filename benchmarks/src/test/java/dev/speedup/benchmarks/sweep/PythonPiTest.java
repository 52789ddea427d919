package dev.speedup.benchmarks.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.util.ListStatistics;

class PythonPiTest {
    @TempDir
    Path dir;

    @Test
    void timesAreReadInMillisecondsByStrategyAndOtherLinesIgnored() {
        Map<String, double[]> times = PythonPi.parse("""
                warming up
                serial 1 0.500000 3.1415926535897643
                serial 1 0.250000 3.1415926535897643
                pool 2 0.125000 3.1415926535899388
                """);
        assertEquals(List.of(PythonPi.SERIAL, PythonPi.POOL), List.copyOf(times.keySet()));
        assertArrayEquals(new double[] {500, 250}, times.get(PythonPi.SERIAL), 1e-9);
        assertArrayEquals(new double[] {125}, times.get(PythonPi.POOL), 1e-9);
    }

    @Test
    void aWrongPiIsAnErrorNotATime() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> PythonPi.parse("pool 2 0.125000 3.1315926535899388\n"));
        assertEquals("python3 computed pi = 3.1315926535899388 (pool 2 0.125000 3.1315926535899388)", e.getMessage());
    }

    @Test
    void theCsvHasJmhsShapeAndJmhsMeanAndError() throws Exception {
        Map<String, double[]> times = new LinkedHashMap<>();
        times.put(PythonPi.SERIAL, new double[] {800, 820, 810, 790, 805});
        times.put(PythonPi.POOL, new double[] {450});
        Path csv = dir.resolve("python-p1.csv");
        PythonPi.writeCsv(csv, 1, 10_000_000, times);
        ListStatistics serial = new ListStatistics(times.get(PythonPi.SERIAL));
        assertEquals(
                List.of(
                        "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\","
                                + "\"Param: parallelism\",\"Param: steps\",\"Param: strategy\"",
                        String.format(
                                "\"python.LecturePi.pi\",\"avgt\",1,5,%f,%f,\"ms/op\",\"1\",\"10000000\",\"PY_SERIAL\"",
                                serial.getMean(), serial.getMeanErrorAt(0.999)),
                        "\"python.LecturePi.pi\",\"avgt\",1,1,450.000000,NaN,\"ms/op\",\"1\",\"10000000\",\"PY_POOL\""),
                Files.readAllLines(csv, StandardCharsets.UTF_8));
    }

    @Test
    void theProgramInTheJarComputesPiSeriallyAndWithAPool() throws Exception {
        assumeTrue(MachineFacts.onPath("python3"), "no python3 here");
        Path script = PythonPi.extract(dir);
        Process process = new ProcessBuilder(
                        "python3", script.toString(), "--steps", "20000", "--processes", "2", "--repeat", "2")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, process.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        Map<String, double[]> times = PythonPi.parse(output);
        assertEquals(2, times.get(PythonPi.SERIAL).length, output);
        assertEquals(2, times.get(PythonPi.POOL).length, output);
    }
}
