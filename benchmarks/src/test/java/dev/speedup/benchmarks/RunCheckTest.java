package dev.speedup.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.speedup.benchmarks.sweep.Plan;
import dev.speedup.benchmarks.sweep.Profile;
import dev.speedup.benchmarks.sweep.RunManifest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCheckTest {
    private static final String HEADER =
            "Benchmark,Mode,Threads,Samples,Score,Score Error (99.9%),Unit,Param: parallelism,Param: strategy";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORKS = 2;
    private static final int ITERATIONS = 3;

    @TempDir
    Path run;

    /** What a complete smoke sweep writes at p: a CSV row, its JSON twin, and the Python π's rows. */
    private record RunFiles(List<String> csv, ArrayNode json, List<String> python) {}

    private static RunFiles complete(int p) {
        List<String> rows = new ArrayList<>(List.of(HEADER));
        ArrayNode json = JSON.createArrayNode();
        List<String> python = new ArrayList<>(List.of(HEADER));
        List<Catalog.Benchmark> all = Catalog.all();
        for (Plan.Step step :
                Plan.of(all, Profile.SMOKE, List.of(p), ".", List.of(), true).steps()) {
            if (step.isPython()) {
                step.strategies().forEach(s -> python.add("python.LecturePi.pi,avgt,1,3,1.0,0.1,ms/op," + p + "," + s));
                continue;
            }
            for (Catalog.Benchmark b : all) {
                if (!Pattern.compile(step.include()).matcher(b.name()).matches()) {
                    continue;
                }
                List<String> strategies = b.has(Catalog.STRATEGY) ? step.strategies() : List.of("");
                for (String s : strategies) {
                    String parallelism = b.has(Catalog.PARALLELISM) ? Integer.toString(p) : "";
                    rows.add(b.name() + ",avgt,1,3,1.0,0.1,us/op," + parallelism + "," + s);
                    json.add(result(b.name(), parallelism, s, ITERATIONS));
                }
            }
        }
        return new RunFiles(rows, json, python);
    }

    private static ObjectNode result(String benchmark, String parallelism, String strategy, int lastForkIterations) {
        ObjectNode result = JSON.createObjectNode();
        result.put("benchmark", benchmark);
        result.put("forks", FORKS);
        result.put("measurementIterations", ITERATIONS);
        ObjectNode params = result.putObject("params");
        if (!parallelism.isEmpty()) {
            params.put("parallelism", parallelism);
        }
        if (!strategy.isEmpty()) {
            params.put("strategy", strategy);
        }
        ArrayNode raw = result.putObject("primaryMetric").putArray("rawData");
        for (int f = 0; f < FORKS; f++) {
            ArrayNode fork = raw.addArray();
            for (int i = 0; i < (f == FORKS - 1 ? lastForkIterations : ITERATIONS); i++) {
                fork.add(1.0 + i);
            }
        }
        return result;
    }

    private List<String> check() throws Exception {
        return RunCheck.check(run, ".", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private void manifest(String cores, boolean interrupted) throws Exception {
        new RunManifest(
                        "vm",
                        "",
                        "",
                        "",
                        "",
                        "2",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "taskset",
                        "Python 3.11",
                        "",
                        "",
                        "smoke",
                        cores,
                        "2026-11-26T16:00:00Z",
                        "2026-11-26T16:01:00Z",
                        interrupted)
                .write(run);
    }

    private void write(int p, RunFiles files) throws Exception {
        Files.write(run.resolve("jmh-p" + p + ".csv"), files.csv());
        JSON.writeValue(run.resolve("jmh-p" + p + ".json").toFile(), files.json());
        Files.write(run.resolve("python-p" + p + ".csv"), files.python());
    }

    @Test
    void aCompleteRunPasses() throws Exception {
        manifest("1,2", false);
        write(1, complete(1));
        write(2, complete(2));
        assertEquals(List.of(), check());
    }

    @Test
    void aMissingStrategyRowIsNamed() throws Exception {
        manifest("1,2", false);
        write(1, complete(1));
        RunFiles p2 = complete(2);
        String dropped = p2.csv().remove(p2.csv().size() - 1);
        write(2, p2);
        List<String> failures = check();
        assertEquals(1, failures.size(), failures.toString());
        String benchmark = dropped.substring(0, dropped.indexOf(','));
        assertTrue(failures.get(0).contains(benchmark), failures.get(0));
        assertTrue(failures.get(0).startsWith("p=2"), failures.get(0));
    }

    @Test
    void aRowWithoutItsRawSamplesOrWithTooFewIsNamed() throws Exception {
        manifest("1", false);
        RunFiles p1 = complete(1);
        ObjectNode last = (ObjectNode) p1.json().remove(p1.json().size() - 1);
        ObjectNode shortOne = (ObjectNode) p1.json().get(0);
        p1.json()
                .set(
                        0,
                        result(
                                shortOne.get("benchmark").asText(),
                                shortOne.path("params").path("parallelism").asText(),
                                shortOne.path("params").path("strategy").asText(),
                                ITERATIONS - 1));
        write(1, p1);
        List<String> failures = check();
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(
                failures.stream()
                        .anyMatch(f -> f.contains(
                                "no raw samples for " + last.get("benchmark").asText())),
                failures.toString());
        assertTrue(
                failures.stream().anyMatch(f -> f.contains("has 5 raw samples in 2 forks, not 6")),
                failures.toString());
    }

    @Test
    void aMissingPythonResultIsNamed() throws Exception {
        manifest("1", false);
        write(1, complete(1));
        Files.delete(run.resolve("python-p1.csv"));
        List<String> failures = check();
        assertEquals(List.of("missing " + run.resolve("python-p1.csv")), failures);
    }

    @Test
    void anInterruptedRunOrAMissingCoreCountFails() throws Exception {
        manifest("1,2,4", true);
        write(1, complete(1));
        write(2, complete(2));
        List<String> failures = check();
        assertEquals(2, failures.size(), failures.toString());
    }
}
