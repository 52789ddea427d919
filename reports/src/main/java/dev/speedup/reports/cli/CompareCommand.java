package dev.speedup.reports.cli;

import dev.speedup.reports.compare.CompareOptions;
import dev.speedup.reports.compare.CompareTable;
import dev.speedup.reports.compare.CompareWriter;
import dev.speedup.reports.compare.Comparer;
import dev.speedup.reports.compare.Comparison;
import dev.speedup.reports.output.ReportDirectory;
import dev.speedup.reports.read.Run;
import dev.speedup.reports.read.RunReader;
import dev.speedup.reports.render.Escape;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare}: the CI gate: a verdict per row, exit 1 on a regression. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compare a new run with a base run, row by row, and fail (exit 1) on a statistically significant"
                    + " slowdown larger than the threshold.",
            "Writes compare.csv, compare.md, compare.xml (JUnit) and compare.html into --out, then prints a"
                    + " compact table."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no regression",
            "1:at least one REGRESSION (with --strict: or a MISSING row)",
            "2:bad arguments or bad input"
        })
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASE_RUN", description = "Run directory or JMH CSV/JSON file: the base.")
    Path base;

    @Parameters(index = "1", paramLabel = "NEW_RUN", description = "Run directory or JMH CSV/JSON file: the candidate.")
    Path candidate;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default NEW_RUN/compare).")
    Path out;

    @Option(
            names = "--threshold",
            paramLabel = "PERCENT",
            defaultValue = "10%",
            description = "Smallest change that counts (default: ${DEFAULT-VALUE}).")
    String threshold;

    @Option(
            names = "--alpha",
            paramLabel = "P",
            defaultValue = "0.01",
            description = "Significance level of the tests (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--strict", description = "A row missing from the new run fails the build too.")
    boolean strict;

    @Option(
            names = "--gate-efficiency",
            description = "Across machines, fail on a drop of parallel efficiency beyond the threshold.")
    boolean gateEfficiency;

    @Option(names = "--no-table", description = "Do not print the table.")
    boolean noTable;

    @Option(
            names = "--force",
            description = "Write into an output directory that holds files this command did not write"
                    + " (they are kept; same-named ones are replaced).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CompareOptions options;
        try {
            options = new CompareOptions(
                    parseThreshold(threshold), alpha, strict, gateEfficiency, CompareOptions.DEFAULT_SEED);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path dir = out != null ? out : ReportDirectory.besideRun(candidate, "compare");
        // The same rules as the report's directory: no links, no foreign files unless --force, and a
        // manifest so a second compare replaces exactly what the first wrote.
        ReportDirectory target = ReportDirectory.prepare(dir, force);
        Run b = new RunReader(base).read();
        Run c = new RunReader(candidate).read();
        Comparison comparison = new Comparer(options).compare(b, c);
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> written = new CompareWriter(dir).write(comparison);
        target.finish(written);
        for (Path file : written) {
            stdout.println(Escape.terminal(file.toString()));
        }
        if (!noTable) {
            new CompareTable(stdout).print(comparison);
        }
        stdout.flush();
        return comparison.exitCode();
    }

    private double parseThreshold(String text) {
        String t = text.trim();
        boolean percent = t.endsWith("%");
        try {
            double v =
                    Double.parseDouble(percent ? t.substring(0, t.length() - 1).trim() : t);
            return percent || v >= 1 ? v / 100 : v;
        } catch (NumberFormatException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    String.format(Locale.ROOT, "--threshold: expected a percentage such as 10%%, found \"%s\"", text));
        }
    }
}
