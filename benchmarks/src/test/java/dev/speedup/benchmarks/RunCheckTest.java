package dev.speedup.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCheckTest {
    private static final String HEADER =
            "Benchmark,Mode,Threads,Samples,Score,Score Error (99.9%),Unit,Param: parallelism,Param: strategy";

    @TempDir
    Path run;

    /** A CSV with one row per planned benchmark and strategy at p, as a complete sweep writes it. */
    private static List<String> completeRows(int p) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        List<Catalog.Benchmark> all = Catalog.all();
        for (String line : SweepPlan.steps(all, p, ".", Map.of())) {
            String include = line.split("\t")[1];
            for (Catalog.Benchmark b : all) {
                if (!b.name().matches(include)) {
                    continue;
                }
                String parallelism = b.has(Catalog.PARALLELISM) ? Integer.toString(p) : "";
                List<String> strategies = b.has(Catalog.STRATEGY) ? SweepPlan.strategiesAt(p) : List.of("");
                for (String s : strategies) {
                    rows.add(b.name() + ",avgt,1,3,1.0,0.1,us/op," + parallelism + "," + s);
                }
            }
        }
        return rows;
    }

    private List<String> check() throws Exception {
        return RunCheck.check(run, ".", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private void write(String properties, List<String> p1, List<String> p2) throws Exception {
        Files.writeString(run.resolve("machine.properties"), properties);
        Files.write(run.resolve("jmh-p1.csv"), p1);
        Files.write(run.resolve("jmh-p2.csv"), p2);
    }

    @Test
    void aCompleteRunPasses() throws Exception {
        write("cores=1,2\ninterrupted=false\n", completeRows(1), completeRows(2));
        assertEquals(List.of(), check());
    }

    @Test
    void aMissingStrategyRowIsNamed() throws Exception {
        List<String> p2 = completeRows(2);
        String dropped = p2.remove(p2.size() - 1);
        write("cores=1,2\ninterrupted=false\n", completeRows(1), p2);
        List<String> failures = check();
        assertEquals(1, failures.size(), failures.toString());
        String benchmark = dropped.substring(0, dropped.indexOf(','));
        assertTrue(failures.get(0).contains(benchmark), failures.get(0));
        assertTrue(failures.get(0).startsWith("p=2"), failures.get(0));
    }

    @Test
    void anInterruptedRunOrAMissingCoreCountFails() throws Exception {
        write("cores=1,2,4\ninterrupted=true\n", completeRows(1), completeRows(2));
        List<String> failures = check();
        assertEquals(2, failures.size(), failures.toString());
    }
}
