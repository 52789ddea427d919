package dev.speedup.reports.render;

import static dev.speedup.reports.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.reports.analysis.AnalysisOptions;
import dev.speedup.reports.analysis.Analyzer;
import dev.speedup.reports.read.RunReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {
    private static final String HEADER = "Benchmark,Mode,Threads,Samples,Score,Score Error (99.9%),Unit,"
            + "Param: loop,Param: parallelism,Param: size,Param: steps,Param: strategy";
    private static final String B = "dev.speedup.benchmarks.";

    @TempDir
    Path dir;

    private List<Headline> summary() {
        return Summary.of(new Analyzer(AnalysisOptions.defaults()).analyze(new RunReader(dir).read()));
    }

    private Headline line(String workload) {
        return summary().stream()
                .filter(h -> h.workload().equals(workload))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void squareMapThatScalesNoBetterThanArraycopyIsCalledMemoryBound() {
        write(
                dir,
                "jmh-p1.csv",
                HEADER,
                B + "SquareMapBenchmark.squareMap,avgt,1,3,100,1,ms/op,,1,30000000,,SERIAL",
                B + "SquareMapBenchmark.arraycopy,avgt,1,3,90,1,ms/op,,1,30000000,,");
        write(
                dir,
                "jmh-p2.csv",
                HEADER,
                B + "SquareMapBenchmark.squareMap,avgt,1,3,60,1,ms/op,,2,30000000,,THREADS",
                B + "SquareMapBenchmark.arraycopy,avgt,1,3,55,1,ms/op,,2,30000000,,");
        Headline h = line("square-map");
        assertTrue(h.answer().startsWith("THREADS on 2 cores: 1.67 ± 0.032× speedup vs SERIAL at 1 core"), h.answer());
        assertEquals(
                "memory-bound: square-map stops at the SquareMapBenchmark.arraycopy ceiling; copying alone gets 1.64×"
                        + " at 2 cores",
                h.why());
        // the copy itself is read as bandwidth, in its own line
        assertTrue(line("arraycopy bandwidth").answer().startsWith("copy bandwidth 8.73 GB/s on 2 cores"));
    }

    @Test
    void noStrategyFasterThanSerialNamesTheBreakEvenSize() {
        write(
                dir,
                "jmh-p1.csv",
                HEADER,
                B + "PoolMapBenchmark.poolMap,avgt,1,3,1,0.01,ms/op,,1,1000,,SERIAL",
                B + "PoolMapBenchmark.poolMap,avgt,1,3,100,1,ms/op,,1,100000,,SERIAL");
        write(
                dir,
                "jmh-p2.csv",
                HEADER,
                B + "PoolMapBenchmark.poolMap,avgt,1,3,3,0.01,ms/op,,2,1000,,EXECUTOR",
                B + "PoolMapBenchmark.poolMap,avgt,1,3,60,1,ms/op,,2,100000,,EXECUTOR");
        // the summary shows the largest size, where EXECUTOR wins; the small size loses
        Headline h = line("pool map");
        assertTrue(h.answer().startsWith("EXECUTOR on 2 cores: 1.67"), h.answer());
        assertEquals(1, summary().size(), "only the largest size of a family is summarised");
    }

    @Test
    void aBaselineNamedInAnotherCaseIsStillTheBaselineInTheSummary() {
        // The analyzer matches --baseline ignoring case; the summary must find the same series.
        write(dir, "jmh-p1.csv", HEADER, B + "PiBenchmark.pi,avgt,1,3,10,0.01,ms/op,TUNED,1,,1000000,SERIAL");
        write(dir, "jmh-p2.csv", HEADER, B + "PiBenchmark.pi,avgt,1,3,5,0.01,ms/op,TUNED,2,,1000000,THREADS");
        AnalysisOptions lower = new AnalysisOptions(
                AnalysisOptions.defaults().cores(),
                "serial",
                AnalysisOptions.defaults().sizeParams());
        Headline pi = Summary.of(new Analyzer(lower).analyze(new RunReader(dir).read())).stream()
                .filter(h -> h.workload().startsWith("π"))
                .findFirst()
                .orElseThrow();
        // SERIAL is itself the fastest single core here: no second "vs the fastest single core" line.
        assertEquals(List.of(), pi.figures());
    }

    @Test
    void tooLittleWorkIsSaidWhenNothingBeatsTheBaseline() {
        write(dir, "jmh-p1.csv", HEADER, B + "PoolMapBenchmark.poolMap,avgt,1,3,1,0.01,ms/op,,1,1000,,SERIAL");
        write(dir, "jmh-p2.csv", HEADER, B + "PoolMapBenchmark.poolMap,avgt,1,3,3,0.01,ms/op,,2,1000,,EXECUTOR");
        assertEquals(
                "too little work per element: no strategy beats SERIAL on 2 cores at size=1000",
                line("pool map").why());
    }

    @Test
    void aLockThatGetsSlowerWithCoresIsNotCalledTooLittleWork() {
        // Lock scope has no strategy: its speedup is self-relative, and "no strategy beats" makes no sense.
        String header =
                "Benchmark,Mode,Threads,Samples,Score,Score Error (99.9%),Unit,Param: critical,Param: parallelism";
        write(dir, "jmh-p1.csv", header, B + "LockScopeBenchmark.run,avgt,1,3,10,0.01,ms/op,100,1");
        write(dir, "jmh-p2.csv", header, B + "LockScopeBenchmark.run,avgt,1,3,16,0.01,ms/op,100,2");
        assertEquals(
                "slower on 2 cores than on 1: contention or overhead outweighs the parallel part",
                line("lock scope").why());
    }

    @Test
    void twoCoresOfAScalarLoopLosingToOneVectorCoreIsSaid() {
        write(
                dir,
                "jmh-p1.csv",
                HEADER,
                B + "PiBenchmark.pi,avgt,1,3,20,0.1,ms/op,TUNED,1,,1000000,SERIAL",
                B + "KernelBenchmark.vector,avgt,1,3,5,0.1,ms/op,,,,1000000,");
        write(dir, "jmh-p2.csv", HEADER, B + "PiBenchmark.pi,avgt,1,3,10.5,0.1,ms/op,TUNED,2,,1000000,FORK_JOIN");
        Headline h = line("π (midpoint rule)");
        assertTrue(h.figures().get(0).startsWith("0.48"), h.figures().toString());
        assertTrue(
                h.figures().get(0).contains("vs the fastest single core (KernelBenchmark.vector"),
                h.figures().toString());
        assertTrue(
                h.why().startsWith("2 cores running FORK_JOIN lose to one core running KernelBenchmark.vector"),
                h.why());
    }

    @Test
    void aCostIsAnsweredInItsUnitWithTheCheapestStrategy() {
        write(
                dir,
                "jmh-p1.csv",
                HEADER,
                B + "OverheadBenchmark.dispatch,avgt,1,3,5,0.1,us/op,,1,,,EXECUTOR",
                B + "OverheadBenchmark.dispatch,avgt,1,3,60,1,us/op,,1,,,THREADS");
        write(
                dir,
                "jmh-p2.csv",
                HEADER,
                B + "OverheadBenchmark.dispatch,avgt,1,3,5.2,0.1,us/op,,2,,,EXECUTOR",
                B + "OverheadBenchmark.dispatch,avgt,1,3,150,1,us/op,,2,,,THREADS");
        Headline h = line("dispatch overhead");
        assertEquals("time per dispatch 5.2 µs on 2 cores (EXECUTOR, the cheapest)", h.answer());
        assertEquals("about the same on 2 cores as on 1 core (1.04×)", h.why());
    }
}
