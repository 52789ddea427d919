package dev.speedup.reports.cli;

import dev.speedup.reports.analysis.RunAnalysis;
import dev.speedup.reports.output.ReportDirectory;
import dev.speedup.reports.render.Escape;
import dev.speedup.reports.render.ReportWriter;
import dev.speedup.reports.render.TerminalTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code report}: charts, speedup.csv, index.html and summary.md, then the compact table. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write charts/*.png, speedup.csv, index.html and summary.md for a run into"
                    + " RUN_DIR/report/, or a comparison of several runs (machines) into --out DIR.",
            "Prints each file written, then a compact speedup table."
        })
public final class ReportCommand implements Callable<Integer> {
    /** About three charts per case; a few hundred charts take a minute or two on a small machine. */
    public static final int DEFAULT_MAX_CHART_CASES = 200;

    @Mixin
    InputOptions input;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output directory (required with several runs; default RUN_DIR/report).")
    Path out;

    @Option(names = "--no-table", description = "Do not print the speedup table.")
    boolean noTable;

    @Option(
            names = "--force",
            description = "Write into an output directory that holds files this report did not write"
                    + " (they are kept; same-named ones are replaced).")
    boolean force;

    @Option(
            names = "--max-chart-cases",
            paramLabel = "N",
            description = "Draw charts for at most N cases and N size families (default: ${DEFAULT-VALUE});"
                    + " the rest stay in the tables and speedup.csv.",
            defaultValue = "" + DEFAULT_MAX_CHART_CASES)
    int maxChartCases;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (input.runs.size() > 1 && out == null) {
            throw new ParameterException(
                    spec.commandLine(), "several runs make one comparison report: give it a directory with --out DIR");
        }
        if (maxChartCases < 0) {
            throw new ParameterException(
                    spec.commandLine(), "--max-chart-cases must be 0 or more, found " + maxChartCases);
        }
        Path dir = out != null ? out : ReportDirectory.besideRun(input.runs.get(0), "report");
        // Checked before the (possibly long) analysis, so a refused directory fails fast.
        ReportDirectory target = ReportDirectory.prepare(dir, force);
        List<RunAnalysis> runs = input.analyse();
        PrintWriter stdout = spec.commandLine().getOut();
        ReportWriter writer = new ReportWriter(dir).limitChartsTo(maxChartCases);
        List<Path> written = writer.write(runs);
        target.finish(written);
        for (Path file : written) {
            stdout.println(Escape.terminal(file.toString()));
        }
        if (writer.casesWithoutCharts() > 0 || writer.familiesWithoutCharts() > 0) {
            int families = writer.familiesWithoutCharts();
            stdout.println("charts: " + writer.casesWithoutCharts() + " cases"
                    + (families > 0 ? " and " + families + " size families" : "")
                    + " left out of the charts (--max-chart-cases " + maxChartCases
                    + "); every case is still in the tables, index.html and speedup.csv");
        }
        if (!noTable) {
            new TerminalTable(stdout).print(runs);
        }
        stdout.flush();
        return 0;
    }
}
