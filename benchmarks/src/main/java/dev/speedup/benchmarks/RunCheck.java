package dev.speedup.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks that a finished run directory holds a result row for every strategy of every workload at
 * every core count it swept: what CI asks of a smoke run. The expectations come from the jar's
 * benchmark list and the {@code Strategy} enum, the same sources {@link SweepPlan} plans from.
 *
 * <pre>java -cp benchmarks.jar dev.speedup.benchmarks.RunCheck RUN_DIR [REGEX]</pre>
 *
 * Prints the rows found per core count, benchmark and strategy, then {@code RunCheck: N passed,
 * M failed}; exits 1 when anything is missing.
 */
public final class RunCheck {
    private static final CSVFormat READ =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
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
    static List<String> check(Path run, String regex, PrintStream out) throws IOException {
        List<String> failures = new ArrayList<>();
        int passed = 0;
        Properties machine = new Properties();
        Path properties = run.resolve("machine.properties");
        if (Files.isRegularFile(properties)) {
            try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.ISO_8859_1)) {
                machine.load(reader);
            }
        } else {
            failures.add("no machine.properties in " + run);
        }
        if ("true".equals(machine.getProperty("interrupted"))) {
            failures.add("the run was interrupted");
        }
        List<Catalog.Benchmark> all = Catalog.all();
        out.printf("%-4s %-44s %-16s %s%n", "p", "benchmark", "strategy", "rows");
        for (String core : machine.getProperty("cores", "").split(",")) {
            if (core.isBlank()) {
                continue;
            }
            int p = Integer.parseInt(core.trim());
            Path csv = run.resolve("jmh-p" + p + ".csv");
            if (!Files.isRegularFile(csv)) {
                failures.add("missing " + csv);
                continue;
            }
            Map<String, Integer> rows = countRows(csv, p, failures);
            for (String line : SweepPlan.steps(all, p, regex, Map.of())) {
                String className = "dev.speedup.benchmarks." + line.substring(0, line.indexOf('\t'));
                for (Catalog.Benchmark b : all) {
                    if (!b.className().equals(className) || !b.name().matches(line.split("\t")[1])) {
                        continue;
                    }
                    List<String> strategies = b.has(Catalog.STRATEGY) ? SweepPlan.strategiesAt(p) : List.of(NONE);
                    for (String strategy : strategies) {
                        int found = rows.getOrDefault(b.name() + "\t" + strategy, 0);
                        out.printf("%-4d %-44s %-16s %d%n", p, b.simpleClassName() + "." + b.method(), strategy, found);
                        if (found == 0) {
                            failures.add("p=" + p + ": no row for " + b.name() + " strategy=" + strategy);
                        } else {
                            passed++;
                        }
                    }
                }
            }
        }
        failures.forEach(f -> out.println("MISSING " + f));
        out.println("RunCheck: " + passed + " passed, " + failures.size() + " failed");
        return failures;
    }

    /** Rows per benchmark and strategy ({@value #NONE} where it has none); a row run at another p is a failure. */
    private static Map<String, Integer> countRows(Path csv, int p, List<String> failures) throws IOException {
        Map<String, Integer> rows = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = READ.parse(reader)) {
            boolean hasStrategy = parser.getHeaderNames().contains("Param: strategy");
            boolean hasParallelism = parser.getHeaderNames().contains("Param: parallelism");
            for (CSVRecord record : parser) {
                String strategy = hasStrategy ? record.get("Param: strategy") : "";
                rows.merge(record.get("Benchmark") + "\t" + (strategy.isEmpty() ? NONE : strategy), 1, Integer::sum);
                String parallelism = hasParallelism ? record.get("Param: parallelism") : "";
                if (!parallelism.isEmpty() && !parallelism.equals(Integer.toString(p))) {
                    failures.add(
                            csv.getFileName() + ": " + record.get("Benchmark") + " ran at parallelism " + parallelism);
                }
            }
        }
        return rows;
    }
}
