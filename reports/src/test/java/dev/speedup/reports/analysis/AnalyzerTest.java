package dev.speedup.reports.analysis;

import static dev.speedup.reports.TestFiles.HEADER;
import static dev.speedup.reports.TestFiles.row;
import static dev.speedup.reports.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.reports.TestFiles;
import dev.speedup.reports.read.BadInputException;
import dev.speedup.reports.read.JsonRows;
import dev.speedup.reports.read.RunReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzerTest {
    private static final String PI = "dev.speedup.benchmarks.PiBenchmark.pi";

    @TempDir
    Path dir;

    private RunAnalysis analyse(AnalysisOptions options) {
        return new Analyzer(options).analyze(new RunReader(dir).read());
    }

    private RunAnalysis analyse() {
        return analyse(AnalysisOptions.defaults());
    }

    private static Point point(CaseResult c, String strategy, int cores) {
        return c.series(strategy).orElseThrow().at(cores).orElseThrow();
    }

    @Test
    void aPointFromJsonCarriesEachForksMeanAndACsvPointNone() {
        write(
                dir,
                "jmh-p1.json",
                JsonRows.file(JsonRows.benchmark(
                        PI,
                        "avgt",
                        "ms/op",
                        Map.of("parallelism", "1", "strategy", "SERIAL"),
                        List.of(List.of(10.0, 12.0), List.of(20.0, 22.0), List.of(30.0, 32.0)))));
        Point p = point(analyse().cases().get(0), "SERIAL", 1);
        assertEquals(List.of(11.0, 21.0, 31.0), p.forkScores());
        assertEquals(21.0, p.score(), 1e-9);

        Path csvRun = TestFiles.exampleRun(dir.resolve("csv"));
        RunAnalysis csv = new Analyzer(AnalysisOptions.defaults()).analyze(new RunReader(csvRun).read());
        assertTrue(
                csv.cases().get(0).series().get(0).points().get(0).forkScores().isEmpty());
    }

    @Test
    void knownTimesGiveHandCalculatedSpeedupEfficiencyAndKarpFlatt() {
        TestFiles.exampleRun(dir);
        CaseResult c = analyse().cases().get(0);
        assertTrue(c.hasBaseline());
        assertEquals(Basis.ABSOLUTE, c.basis());
        assertEquals(List.of(1, 2, 4), c.cores());
        // 100/52 and 100/27
        assertEquals(1.923, point(c, "THREADS", 2).speedup(), 5e-4);
        assertEquals(3.704, point(c, "THREADS", 4).speedup(), 5e-4);
        assertEquals(0.926, point(c, "THREADS", 4).efficiency(Basis.ABSOLUTE), 5e-4);
        // e(2) = (0.52 - 0.5)/(1 - 0.5) = 0.04; e(4) = (0.27 - 0.25)/(1 - 0.25) = 0.02667
        assertEquals(0.04, point(c, "THREADS", 2).karpFlatt(Basis.ABSOLUTE), 1e-9);
        assertEquals(0.026667, point(c, "THREADS", 4).karpFlatt(Basis.ABSOLUTE), 1e-6);
        assertTrue(Double.isNaN(point(c, "THREADS", 1).karpFlatt(Basis.ABSOLUTE)));
        assertEquals(1.0, point(c, "SERIAL", 1).speedup());
    }

    @Test
    void speedupErrorAddsRelativeErrorsInQuadrature() {
        TestFiles.exampleRun(dir);
        CaseResult c = analyse().cases().get(0);
        // SERIAL 100 ± 2, THREADS(2) 52 ± 1: 1.923 × sqrt(0.02² + 0.01923²) = 1.923 × 0.02775
        assertEquals(0.05336, point(c, "THREADS", 2).speedupError(), 1e-4);
        // self-relative against THREADS(1) = 100 ± 3: 1.923 × sqrt(0.03² + 0.01923²) = 0.06853
        assertEquals(0.06853, point(c, "THREADS", 2).selfSpeedupError(), 1e-4);
        // the baseline against itself is exactly 1, not 1 ± something
        assertEquals(0.0, point(c, "SERIAL", 1).speedupError());
    }

    @Test
    void amdahlFitMatchesLeastSquaresByHand() {
        TestFiles.exampleRun(dir);
        AmdahlFit fit =
                analyse().cases().get(0).series("THREADS").orElseThrow().fit().orElseThrow();
        // points (1/p, 1/S) = (1, 1), (0.5, 0.52), (0.25, 0.27):
        // mean x = 0.58333, mean y = 0.59667, Sxy = 0.28333, Sxx = 0.29167
        // slope = 0.97143, intercept f = 0.59667 - 0.97143 × 0.58333 = 0.03, ceiling 1/f = 33.3
        assertEquals(0.97143, fit.slope(), 1e-5);
        assertEquals(0.03, fit.serialFraction(), 1e-9);
        assertEquals(33.33, fit.ceiling(), 0.01);
        assertEquals(3, fit.points());
        assertTrue(fit.rSquared() > 0.999);
        assertEquals("", fit.caveat());
        // SERIAL has one core count only: no fit rather than a line through one point
        assertTrue(analyse().cases().get(0).series("SERIAL").orElseThrow().fit().isEmpty());
    }

    @Test
    void nanErrorGivesUnknownSpeedupErrorNotZero() {
        write(dir, "jmh-p1.csv", HEADER, row(PI, 100, Double.NaN, "ms/op", 1, "10", "SERIAL"));
        write(dir, "jmh-p2.csv", HEADER, row(PI, 50, 1, "ms/op", 2, "10", "THREADS"));
        Point p = point(analyse().cases().get(0), "THREADS", 2);
        assertEquals(2.0, p.speedup(), 1e-12);
        assertTrue(Double.isNaN(p.speedupError()));
    }

    @Test
    void throughputSpeedupIsTheRatioOfThroughputs() {
        write(dir, "jmh-p1.csv", HEADER.replace("avgt", "thrpt"), "\"a.B.c\",\"thrpt\",1,5,10,0,\"ops/s\",1,10,SERIAL");
        write(dir, "jmh-p4.csv", HEADER, "\"a.B.c\",\"thrpt\",1,5,0.035,0,\"ops/ms\",4,10,THREADS");
        CaseResult c = analyse().cases().get(0);
        assertEquals(3.5, point(c, "THREADS", 4).speedup(), 1e-9);
        assertEquals("ops/s", c.unit());
        assertEquals(35.0, point(c, "THREADS", 4).score(), 1e-9);
    }

    @Test
    void timeUnitsAreNormalizedBeforeDividing() {
        write(
                dir,
                "jmh-p1.csv",
                HEADER,
                row(PI, 100, 1, "ms/op", 1, "10", "SERIAL"),
                row(PI, 100, 1, "ms/op", 1, "10", "THREADS"));
        write(dir, "jmh-p2.csv", HEADER, row(PI, 40000, 100, "us/op", 2, "10", "THREADS"));
        CaseResult c = analyse().cases().get(0);
        assertEquals(2.5, point(c, "THREADS", 2).speedup(), 1e-12);
        assertEquals("ms/op", c.unit());
        assertEquals(40.0, point(c, "THREADS", 2).score(), 1e-9);
    }

    @Test
    void caseWithoutSerialAtOneCoreHasNoAbsoluteSpeedupButSelfRelativeWorks() {
        write(dir, "jmh-p1.csv", HEADER, row(PI, 90, 1, "ms/op", 1, "10", "THREADS"));
        write(
                dir,
                "jmh-p2.csv",
                HEADER,
                row(PI, 45, 1, "ms/op", 2, "10", "THREADS"),
                row(PI, 80, 1, "ms/op", 2, "10", "SERIAL"));
        RunAnalysis run = analyse();
        CaseResult c = run.cases().get(0);
        assertFalse(c.hasBaseline());
        assertEquals(Basis.SELF, c.basis());
        assertTrue(Double.isNaN(point(c, "THREADS", 2).speedup()));
        assertEquals(2.0, point(c, "THREADS", 2).selfSpeedup(), 1e-12);
        assertTrue(
                run.warnings().stream()
                        .anyMatch(w -> w.contains("PiBenchmark.pi") && w.contains("absolute speedup is n/a")),
                run.warnings().toString());
    }

    @Test
    void benchmarkWithoutAStrategyParamIsReadSelfRelativeWithoutAWarning() {
        write(dir, "jmh-p1.csv", HEADER, row(PI, 90, 1, "ms/op", 1, "10", ""));
        write(dir, "jmh-p2.csv", HEADER, row(PI, 45, 1, "ms/op", 2, "10", ""));
        RunAnalysis run = analyse();
        CaseResult c = run.cases().get(0);
        assertEquals(Basis.SELF, c.basis());
        assertEquals(2.0, c.series().get(0).at(2).orElseThrow().selfSpeedup(), 1e-12);
        assertTrue(
                run.warnings().stream().noneMatch(w -> w.contains("absolute speedup is n/a")),
                run.warnings().toString());
    }

    @Test
    void aCaseIsTheBenchmarkWithEveryParamButStrategyAndParallelism() {
        write(
                dir,
                "jmh-p1.csv",
                HEADER,
                row(PI, 100, 1, "ms/op", 1, "10", "SERIAL"),
                row(PI, 1000, 1, "ms/op", 1, "100", "SERIAL"),
                row(PI, 100, 1, "ms/op", 1, "10", "THREADS"));
        write(dir, "jmh-p2.csv", HEADER, row(PI, 50, 1, "ms/op", 2, "10", "THREADS"));
        List<CaseResult> cases = analyse().cases();
        assertEquals(2, cases.size());
        assertEquals(Map.of("size", "10"), cases.get(0).key().params());
        assertEquals(
                List.of("SERIAL", "THREADS"),
                cases.get(0).series().stream().map(Series::strategy).toList());
        assertEquals(Map.of("size", "100"), cases.get(1).key().params());
    }

    @Test
    void benchmarkWithoutStrategyOrParallelismIsItsOwnSeriesOnTheFilesCoreCount() {
        String header = "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\","
                + "\"Score Error (99.9%)\",\"Unit\",\"Param: size\"";
        write(dir, "jmh-p1.csv", header, "\"x.SquareMapBenchmark.arraycopy\",\"avgt\",1,5,8,0.1,\"us/op\",1000");
        write(dir, "jmh-p2.csv", header, "\"x.SquareMapBenchmark.arraycopy\",\"avgt\",1,5,8,0.1,\"us/op\",1000");
        CaseResult c = analyse().cases().get(0);
        assertEquals(List.of(1, 2), c.cores());
        Series s = c.series().get(0);
        assertEquals("", s.strategy());
        assertEquals("arraycopy", s.label());
        assertEquals(1.0, s.at(2).orElseThrow().selfSpeedup(), 1e-12);
    }

    @Test
    void coresCanComeFromAnotherParamOrFromThreads() {
        String header = "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\","
                + "\"Score Error (99.9%)\",\"Unit\",\"Param: workers\"";
        write(
                dir,
                "results.csv",
                header,
                "\"a.B.c\",\"avgt\",1,5,10,0.1,\"ms/op\",1",
                "\"a.B.c\",\"avgt\",1,5,4,0.1,\"ms/op\",2");
        CaseResult byParam = analyse(new AnalysisOptions(CoresAxis.param("workers"), "SERIAL", List.of()))
                .cases()
                .get(0);
        assertEquals(List.of(1, 2), byParam.cores());
        write(
                dir,
                "results.csv",
                header,
                "\"a.B.c\",\"avgt\",1,5,10,0.1,\"ms/op\",",
                "\"a.B.c\",\"avgt\",4,5,4,0.1,\"ms/op\",");
        CaseResult byThreads = analyse(new AnalysisOptions(CoresAxis.threads(), "SERIAL", List.of()))
                .cases()
                .get(0);
        assertEquals(List.of(1, 4), byThreads.cores());
        assertEquals(2.5, byThreads.series().get(0).at(4).orElseThrow().selfSpeedup(), 1e-12);
    }

    @Test
    void misspelledCoresParamIsRejectedRatherThanIgnored() {
        TestFiles.exampleRun(dir);
        String message = assertThrows(
                        BadInputException.class,
                        () -> analyse(new AnalysisOptions(CoresAxis.param("paralelism"), "SERIAL", List.of())))
                .getMessage();
        assertTrue(message.contains("no column \"Param: paralelism\""), message);
    }

    @Test
    void nonNumericCoreCountNamesFileAndLine() {
        write(
                dir,
                "jmh-p1.csv",
                HEADER,
                row(PI, 100, 1, "ms/op", 1, "10", "SERIAL").replace(",1,10,", ",one,10,"));
        String message = assertThrows(BadInputException.class, () -> analyse()).getMessage();
        assertTrue(message.contains("jmh-p1.csv:2: expected a whole number of cores"), message);
    }

    @Test
    void secondaryRowsAreNeverAnalysedAsResults() {
        TestFiles.exampleRun(dir);
        write(
                dir,
                "jmh-p2.csv",
                HEADER,
                row(PI, 52, 1, "ms/op", 2, "1000", "THREADS"),
                "\"" + PI + ":gc.alloc.rate\",\"avgt\",1,5,999,1,\"MB/sec\",2,1000,THREADS");
        RunAnalysis run = analyse();
        assertEquals(1, run.secondary().size());
        assertEquals(52.0, point(run.cases().get(0), "THREADS", 2).score());
    }

    @Test
    void bestStrategyPerCoreCountIsTheFastestAndTiesAreFlagged() {
        write(dir, "jmh-p1.csv", HEADER, row(PI, 100, 1, "ms/op", 1, "10", "SERIAL"));
        write(
                dir,
                "jmh-p2.csv",
                HEADER,
                row(PI, 60, 1, "ms/op", 2, "10", "THREADS"),
                row(PI, 55, 1, "ms/op", 2, "10", "FORK_JOIN"),
                row(PI, 55.5, 1, "ms/op", 2, "10", "EXECUTOR"));
        Best best = analyse().cases().get(0).best().stream()
                .filter(b -> b.cores() == 2)
                .findFirst()
                .orElseThrow();
        assertEquals("FORK_JOIN", best.strategy());
        assertEquals("EXECUTOR", best.runnerUp());
        assertTrue(best.tie());
    }

    @Test
    void breakEvenIsTheSmallestSizeFromWhichAStrategyBeatsSerial() {
        String[] sizes = {"10", "100", "1000", "10000"};
        double[] serial = {1, 10, 100, 1000};
        double[] threads = {5, 12, 60, 510}; // loses at 10 and 100, wins from 1000 on
        double[] forked = {90, 95, 150, 990}; // wins only at the largest size
        StringBuilder p1 = new StringBuilder(HEADER);
        StringBuilder p2 = new StringBuilder(HEADER);
        for (int i = 0; i < sizes.length; i++) {
            p1.append('\n').append(row(PI, serial[i], 0, "ms/op", 1, sizes[i], "SERIAL"));
            p2.append('\n').append(row(PI, threads[i], 0, "ms/op", 2, sizes[i], "THREADS"));
            p2.append('\n').append(row(PI, forked[i], 0, "ms/op", 2, sizes[i], "FORKED_JVM"));
        }
        write(dir, "jmh-p1.csv", p1.toString());
        write(dir, "jmh-p2.csv", p2.toString());
        RunAnalysis run = analyse();
        SizeFamily family = run.families().get(0);
        assertEquals("size", family.sizeParam());
        assertEquals(
                List.of("10", "100", "1000", "10000"),
                family.cases().stream().map(family::sizeOf).toList());
        assertEquals(Optional.of("1000"), family.breakEvens().get(0).size());
        assertEquals("THREADS", family.breakEvens().get(0).strategy());
        assertEquals(Optional.of("10000"), family.breakEvens().get(1).size());
        assertEquals(List.of(family.largest()), run.headlineCases());
    }

    @Test
    void filesWithoutResultRowsAreRejected() {
        write(dir, "jmh-p1.csv", HEADER);
        String message = assertThrows(BadInputException.class, () -> analyse()).getMessage();
        assertTrue(message.contains("no benchmark results"), message);
    }

    @Test
    void coreCountThatDiffersFromTheFilesCpusIsFlagged() {
        write(dir, "jmh-p1.csv", HEADER, row(PI, 100, 1, "ms/op", 1, "10", "SERIAL"));
        write(dir, "jmh-p2.csv", HEADER, row(PI, 30, 1, "ms/op", 4, "10", "THREADS"));
        List<String> warnings = analyse().warnings();
        assertTrue(
                warnings.stream()
                        .anyMatch(w -> w.startsWith("jmh-p2.csv: 1 row with a core count" + " other than the 2 CPUs")),
                warnings.toString());
    }

    @Test
    void amdahlFitsThatAreNotAmdahlShapedSaySo() {
        assertTrue(new AmdahlFit(1.5, 0.1, 0.99, 3).caveat().contains("overhead"));
        assertTrue(new AmdahlFit(-0.01, 1.0, 0.99, 3).caveat().contains("superlinear"));
        assertTrue(new AmdahlFit(0.1, 0.9, 0.5, 3).caveat().contains("poor fit"));
        assertEquals(Double.POSITIVE_INFINITY, new AmdahlFit(-0.01, 1.0, 0.99, 3).ceiling());
    }
}
