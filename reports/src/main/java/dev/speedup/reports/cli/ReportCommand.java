package dev.speedup.reports.cli;

import dev.speedup.reports.analysis.RunAnalysis;
import dev.speedup.reports.render.ReportWriter;
import dev.speedup.reports.render.TerminalTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
    @Mixin
    InputOptions input;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output directory (required with several runs; default RUN_DIR/report).")
    Path out;

    @Option(names = "--no-table", description = "Do not print the speedup table.")
    boolean noTable;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (input.runs.size() > 1 && out == null) {
            throw new ParameterException(
                    spec.commandLine(), "several runs make one comparison report: give it a directory with --out DIR");
        }
        List<RunAnalysis> runs = input.analyse();
        Path dir = out != null ? out : defaultOut(input.runs.get(0));
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path written : new ReportWriter(dir).write(runs)) {
            stdout.println(written);
        }
        if (!noTable) {
            new TerminalTable(stdout).print(runs);
        }
        stdout.flush();
        return 0;
    }

    private static Path defaultOut(Path run) {
        Path dir = Files.isDirectory(run) ? run : run.toAbsolutePath().getParent();
        return dir.resolve("report");
    }
}
