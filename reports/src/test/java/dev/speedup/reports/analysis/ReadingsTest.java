package dev.speedup.reports.analysis;

import static dev.speedup.reports.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.reports.read.Mode;
import dev.speedup.reports.read.RunReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingsTest {
    private static final String HEADER = "Benchmark,Mode,Threads,Samples,Score,Score Error (99.9%),Unit,"
            + "Param: loop,Param: parallelism,Param: size,Param: steps,Param: strategy";
    private static final String B = "dev.speedup.benchmarks.";

    @TempDir
    Path dir;

    private static CaseKey key(String shortName, Map<String, String> params) {
        return new CaseKey("dev.speedup.benchmarks." + shortName, Mode.AVERAGE_TIME, 1, params);
    }

    private RunAnalysis analyse() {
        return new Analyzer(AnalysisOptions.defaults()).analyze(new RunReader(dir).read());
    }

    private static CaseResult find(RunAnalysis run, String shortName) {
        return run.cases().stream()
                .filter(c -> c.key().shortName().equals(shortName))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void splitWorkIsReadAsSpeedupAndCostsInTheirOwnUnits() {
        assertTrue(Readings.of(key("PiBenchmark.pi", Map.of())).isSpeedup());
        assertTrue(Readings.of(key("PoolMapBenchmark.poolMap", Map.of())).isSpeedup());
        Reading dispatch = Readings.of(key("OverheadBenchmark.dispatch", Map.of()));
        assertFalse(dispatch.isSpeedup());
        assertEquals("µs", dispatch.unit());
        assertEquals(12.5, dispatch.convert().apply(12.5e-6, Map.of()), 1e-9);
        // every method of a class listed by class name
        assertEquals("ns", Readings.of(key("BarrierBenchmark.rounds", Map.of())).unit());
    }

    @Test
    void arraycopyIsBandwidthAndKernelIsTimePerStep() {
        Reading copy = Readings.of(key("SquareMapBenchmark.arraycopy", Map.of("size", "1000000")));
        assertTrue(copy.higherIsBetter());
        // 10^6 doubles read and written (16 MB) in 1 ms: 16 GB/s
        assertEquals(16.0, copy.convert().apply(1e-3, Map.of("size", "1000000")), 1e-9);
        Reading kernel = Readings.of(key("KernelBenchmark.tuned", Map.of("steps", "1000000")));
        // 10^6 steps in 1 ms: 1 ns per step
        assertEquals(1.0, kernel.convert().apply(1e-3, Map.of("steps", "1000000")), 1e-9);
        // no size: unknown, never invented
        assertTrue(Double.isNaN(copy.convert().apply(1e-3, Map.of())));
    }

    @Test
    void anUnknownBenchmarkIsReadAsSpeedupAndSortsAfterTheKnownOnes() {
        CaseKey other = new CaseKey("org.example.MyBench.run", Mode.THROUGHPUT, 1, Map.of());
        assertTrue(Readings.of(other).isSpeedup());
        assertTrue(Readings.rank(other) > Readings.rank(key("BarrierBenchmark.rounds", Map.of())));
        assertTrue(Readings.rank(key("PiBenchmark.pi", Map.of()))
                < Readings.rank(key("SquareMapBenchmark.squareMap", Map.of())));
    }

    @Test
    void lecturePythonUsesItsOwnSerialBaseline() {
        write(
                dir,
                "python-p1.csv",
                HEADER,
                "python.LecturePi.pi,avgt,1,3,860,10,ms/op,,1,,10000000,PY_SERIAL",
                "python.LecturePi.pi,avgt,1,3,900,10,ms/op,,1,,10000000,PY_POOL");
        write(dir, "python-p2.csv", HEADER, "python.LecturePi.pi,avgt,1,3,490,10,ms/op,,2,,10000000,PY_POOL");
        CaseResult c = find(analyse(), "LecturePi.pi");
        assertEquals("PY_SERIAL", c.baseline());
        assertTrue(c.hasBaseline());
        assertEquals(
                860.0 / 490,
                c.series("PY_POOL").orElseThrow().at(2).orElseThrow().speedup(),
                1e-9);
        assertEquals(
                List.of("PY_SERIAL", "PY_POOL"),
                c.series().stream().map(Series::strategy).toList());
    }

    @Test
    void speedupIsAlsoGivenAgainstTheFastestSingleCoreLoopOfTheSameSteps() {
        write(
                dir,
                "jmh-p1.csv",
                HEADER,
                B + "KernelBenchmark.naive,avgt,1,3,4.0,0.1,ms/op,,,,1000000,",
                B + "KernelBenchmark.tuned,avgt,1,3,2.0,0.1,ms/op,,,,1000000,",
                // another steps value must not compete
                B + "KernelBenchmark.tuned,avgt,1,3,0.0001,0.1,ms/op,,,,10,",
                B + "PiBenchmark.pi,avgt,1,3,4000,100,us/op,NAIVE,1,,1000000,SERIAL",
                B + "PiBenchmark.pi,avgt,1,3,1000,100,us/op,VECTOR,1,,1000000,SERIAL");
        write(
                dir,
                "jmh-p2.csv",
                HEADER,
                B + "PiBenchmark.pi,avgt,1,3,2100,100,us/op,NAIVE,2,,1000000,THREADS",
                B + "PiBenchmark.pi,avgt,1,3,550,100,us/op,VECTOR,2,,1000000,THREADS");
        RunAnalysis run = analyse();
        CaseResult naive = run.cases().stream()
                .filter(c -> "NAIVE".equals(c.key().params().get("loop")))
                .findFirst()
                .orElseThrow();
        SingleCore best = naive.bestSingleCore().orElseThrow();
        // SERIAL with the VECTOR loop (1 ms) beats both kernels (2 and 4 ms)
        assertEquals(1e-3, best.seconds(), 1e-12);
        assertTrue(best.source().contains("loop=VECTOR"), best.source());
        Point threads2 = naive.series("THREADS").orElseThrow().at(2).orElseThrow();
        // against SERIAL with the same loop it looks like 1.9x; against the best single core it loses
        assertEquals(4000.0 / 2100, threads2.speedup(), 1e-9);
        assertEquals(1000.0 / 2100, naive.speedupVsBestSingleCore(threads2)[0], 1e-9);
    }

    @Test
    void aCaseWarnsOfAnUnsteadyBaselineAPointAboveIdealAndMissingPoints() {
        write(
                dir,
                "jmh-p1.csv",
                HEADER,
                B + "PiBenchmark.pi,avgt,1,3,100,1,ms/op,,1,,1000,SERIAL",
                B + "PiBenchmark.pi,avgt,1,3,80,1,ms/op,,1,,1000,THREADS",
                B + "PiBenchmark.pi,avgt,1,3,100,1,ms/op,,1,,1000,EXECUTOR");
        write(
                dir,
                "jmh-p2.csv",
                HEADER,
                B + "PiBenchmark.pi,avgt,1,3,40,1,ms/op,,2,,1000,THREADS",
                B + "PiBenchmark.pi,avgt,1,3,60,1,ms/op,,2,,1000,FORK_JOIN");
        List<String> w = analyse().cases().get(0).warnings();
        assertTrue(
                w.stream().anyMatch(s -> s.startsWith("THREADS on 1 core") && s.contains("not steady")), w.toString());
        assertTrue(
                w.stream().anyMatch(s -> s.startsWith("THREADS at 2 cores") && s.contains("above the ideal")),
                w.toString());
        assertTrue(w.contains("EXECUTOR has no result at 2 cores"), w.toString());
        assertTrue(w.contains("FORK_JOIN has no result at 1 core"), w.toString());
        // SERIAL runs on one core only, by design: not a missing point
        assertTrue(w.stream().noneMatch(s -> s.startsWith("SERIAL")), w.toString());
    }

    @Test
    void strategiesFollowTheDataOrderWithTheBaselineFirst() {
        write(
                dir,
                "jmh-p1.csv",
                HEADER,
                B + "PiBenchmark.pi,avgt,1,3,90,1,ms/op,,1,,1000,ZEBRA",
                B + "PiBenchmark.pi,avgt,1,3,90,1,ms/op,,1,,1000,ALPHA",
                B + "PiBenchmark.pi,avgt,1,3,100,1,ms/op,,1,,1000,SERIAL");
        assertEquals(
                List.of("SERIAL", "ZEBRA", "ALPHA"),
                analyse().cases().get(0).series().stream().map(Series::strategy).toList());
    }
}
