package dev.speedup.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.speedup.benchmarks.sweep.Plan;
import dev.speedup.benchmarks.sweep.Profile;
import dev.speedup.benchmarks.sweep.PythonPi;
import dev.speedup.benchmarks.sweep.RunManifest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks that a finished run directory holds a result row for every strategy of every workload at
 * every core count it swept, each with its raw samples in the JSON beside it, and the lecture's
 * Python π where the sweep timed it: what CI asks of a smoke run. The expectations come from the
 * run's profile, the jar's benchmark list and the {@code Strategy} enum, as the sweep plans them.
 *
 * <pre>java -cp benchmarks.jar dev.speedup.benchmarks.RunCheck RUN_DIR [REGEX]</pre>
 *
 * Prints the rows found per core count, benchmark and strategy, then {@code RunCheck: N passed,
 * M failed}; exits 1 when anything is missing, 2 on bad arguments.
 */
public final class RunCheck {
    private static final CSVFormat READ =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final String PARAM = "Param: ";
    private static final String NONE = "-";

    private RunCheck() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: RunCheck RUN_DIR [REGEX]");
            System.exit(2);
        }
        List<String> failures = check(Path.of(args[0]), args.length > 1 ? args[1] : ".", System.out);
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** Prints the table and the failures; returns the failures. */
    public static List<String> check(Path run, String regex, PrintStream out) throws IOException {
        List<String> failures = new ArrayList<>();
        int passed = 0;
        if (!Files.isRegularFile(run.resolve(RunManifest.FILE_NAME))) {
            failures.add("no " + RunManifest.FILE_NAME + " in " + run);
            return report(failures, passed, out);
        }
        RunManifest manifest = RunManifest.read(run);
        if (manifest.interrupted()) {
            failures.add("the run was interrupted");
        }
        Profile profile;
        try {
            profile = Profile.named(manifest.profile());
        } catch (IllegalArgumentException e) {
            failures.add(RunManifest.FILE_NAME + ": " + e.getMessage());
            return report(failures, passed, out);
        }
        boolean python = !manifest.python().isEmpty() && !manifest.python().equals("none");
        List<Catalog.Benchmark> all = Catalog.all();
        out.printf("%-4s %-44s %-16s %s%n", "p", "benchmark", "strategy", "rows");
        for (String core : manifest.cores().split(",")) {
            if (core.isBlank()) {
                continue;
            }
            int p = Integer.parseInt(core.trim());
            Path csv = run.resolve("jmh-p" + p + ".csv");
            if (!Files.isRegularFile(csv)) {
                failures.add("missing " + csv);
                continue;
            }
            Map<String, Integer> rows = readCsv(csv, p, run.resolve("jmh-p" + p + ".json"), failures);
            for (Plan.Step step :
                    Plan.of(all, profile, List.of(p), regex, List.of(), python).steps()) {
                if (step.isPython()) {
                    Path pythonCsv = run.resolve("python-p" + p + ".csv");
                    if (!Files.isRegularFile(pythonCsv)) {
                        failures.add("missing " + pythonCsv);
                        continue;
                    }
                    Map<String, Integer> pythonRows = readPythonCsv(pythonCsv);
                    for (String strategy : step.strategies()) {
                        passed += expect(pythonRows, p, PythonPi.BENCHMARK, strategy, out, failures);
                    }
                    continue;
                }
                Pattern include = Pattern.compile(step.include());
                for (Catalog.Benchmark b : all) {
                    if (!include.matcher(b.name()).matches()) {
                        continue;
                    }
                    List<String> strategies = b.has(Catalog.STRATEGY) ? step.strategies() : List.of(NONE);
                    for (String strategy : strategies) {
                        passed += expect(rows, p, b.name(), strategy, out, failures);
                    }
                }
            }
        }
        return report(failures, passed, out);
    }

    private static List<String> report(List<String> failures, int passed, PrintStream out) {
        failures.forEach(f -> out.println("MISSING " + f));
        out.println("RunCheck: " + passed + " passed, " + failures.size() + " failed");
        return failures;
    }

    /** Prints one line of the table; 1 when the row is there, else a failure. */
    private static int expect(
            Map<String, Integer> rows,
            int p,
            String benchmark,
            String strategy,
            PrintStream out,
            List<String> failures) {
        int found = rows.getOrDefault(benchmark + "\t" + strategy, 0);
        String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        out.printf("%-4d %-44s %-16s %d%n", p, shortName, strategy, found);
        if (found == 0) {
            failures.add("p=" + p + ": no row for " + benchmark + " strategy=" + strategy);
            return 0;
        }
        return 1;
    }

    /**
     * Rows per benchmark and strategy ({@value #NONE} where it has none); a row run at another p,
     * or without its JSON twin holding forks × iterations raw samples, is a failure.
     */
    private static Map<String, Integer> readCsv(Path csv, int p, Path json, List<String> failures) throws IOException {
        Map<String, Integer> rows = new TreeMap<>();
        boolean haveJson = Files.isRegularFile(json);
        Set<String> rawSampled = Set.of();
        if (haveJson) {
            rawSampled = rawSampled(json, failures);
        } else {
            failures.add("missing " + json);
        }
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = READ.parse(reader)) {
            for (CSVRecord record : parser) {
                Map<String, String> params = new TreeMap<>();
                record.toMap().forEach((column, value) -> {
                    if (column.startsWith(PARAM) && !value.isEmpty()) {
                        params.put(column.substring(PARAM.length()), value);
                    }
                });
                String benchmark = record.get("Benchmark");
                String strategy = params.getOrDefault(Catalog.STRATEGY, NONE);
                rows.merge(benchmark + "\t" + strategy, 1, Integer::sum);
                String parallelism = params.get(Catalog.PARALLELISM);
                if (parallelism != null && !parallelism.equals(Integer.toString(p))) {
                    failures.add(csv.getFileName() + ": " + benchmark + " ran at parallelism " + parallelism);
                }
                if (haveJson && !rawSampled.contains(benchmark + params)) {
                    failures.add(json.getFileName() + ": no raw samples for " + benchmark + " " + params);
                }
            }
        }
        return rows;
    }

    /**
     * The benchmark and params of every entry of a JSON result; an entry whose raw samples do not
     * number its forks × measured iterations is a failure.
     */
    private static Set<String> rawSampled(Path json, List<String> failures) throws IOException {
        Set<String> sampled = new HashSet<>();
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        for (JsonNode result : results) {
            String benchmark = result.path("benchmark").asText();
            Map<String, String> params = new TreeMap<>();
            result.path("params")
                    .fields()
                    .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            int expected = result.path("forks").asInt()
                    * result.path("measurementIterations").asInt();
            int raw = 0;
            JsonNode forks = result.path("primaryMetric").path("rawData");
            for (JsonNode fork : forks) {
                raw += fork.size();
            }
            if (raw != expected || forks.size() != result.path("forks").asInt()) {
                failures.add(json.getFileName() + ": " + benchmark + " " + params + " has " + raw + " raw samples in "
                        + forks.size() + " forks, not " + expected);
            }
            sampled.add(benchmark + params);
        }
        return sampled;
    }

    /** The Python π's rows by benchmark and strategy. */
    private static Map<String, Integer> readPythonCsv(Path csv) throws IOException {
        Map<String, Integer> rows = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = READ.parse(reader)) {
            for (CSVRecord record : parser) {
                rows.merge(record.get("Benchmark") + "\t" + record.get(PARAM + Catalog.STRATEGY), 1, Integer::sum);
            }
        }
        return rows;
    }
}
