package dev.speedup.reports.cli;

import dev.speedup.reports.analysis.AnalysisOptions;
import dev.speedup.reports.analysis.Analyzer;
import dev.speedup.reports.analysis.CoresAxis;
import dev.speedup.reports.analysis.RunAnalysis;
import dev.speedup.reports.read.Run;
import dev.speedup.reports.read.RunReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The run directories and the analysis options that every command shares. */
public final class InputOptions {
    /** Where the core count of a row comes from. */
    public enum CoresFrom {
        param,
        threads
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "RUN_DIR",
            description = "Run directory (jmh-p<cores>.csv files, machine.properties) or a JMH CSV file."
                    + " Several = one comparison across machines.")
    List<Path> runs = new ArrayList<>();

    @Option(
            names = "--cores-param",
            paramLabel = "NAME",
            description = "JMH param that holds the core count (default: ${DEFAULT-VALUE}).",
            defaultValue = CoresAxis.DEFAULT_PARAM)
    String coresParam;

    @Option(
            names = "--cores-from",
            paramLabel = "SOURCE",
            description = "param (default) or threads: use JMH's Threads column, for thread-scaling" + " suites.",
            defaultValue = "param")
    CoresFrom coresFrom;

    @Option(
            names = "--baseline",
            paramLabel = "STRATEGY",
            description =
                    "Strategy whose 1-core time is the absolute speedup's numerator" + " (default: ${DEFAULT-VALUE}).",
            defaultValue = AnalysisOptions.DEFAULT_BASELINE)
    String baseline;

    @Option(
            names = "--size-params",
            paramLabel = "NAME",
            split = ",",
            description = "Size-like params for time-vs-size charts and break-even (default: size,steps).")
    List<String> sizeParams = new ArrayList<>(AnalysisOptions.DEFAULT_SIZE_PARAMS);

    AnalysisOptions analysisOptions() {
        boolean paramGiven = spec.commandLine().getParseResult().hasMatchedOption("--cores-param");
        if (coresFrom == CoresFrom.threads && paramGiven) {
            throw new ParameterException(
                    spec.commandLine(), "--cores-param and --cores-from threads cannot be used together");
        }
        CoresAxis axis = coresFrom == CoresFrom.threads
                ? CoresAxis.threads()
                : paramGiven ? CoresAxis.param(coresParam) : CoresAxis.defaults();
        return new AnalysisOptions(axis, baseline, sizeParams);
    }

    /** Reads and analyses every run; runs from machines with one host name get the folder name too. */
    List<RunAnalysis> analyse() {
        Analyzer analyzer = new Analyzer(analysisOptions());
        List<Run> read = runs.stream().map(p -> new RunReader(p).read()).toList();
        Map<String, Integer> seen = new HashMap<>();
        read.forEach(r -> seen.merge(r.label(), 1, Integer::sum));
        java.util.Set<String> taken = new java.util.HashSet<>();
        List<RunAnalysis> result = new ArrayList<>();
        for (Run r : read) {
            // Two runs of one host are told apart by folder name, then by number: labels key the charts.
            String label = seen.get(r.label()) > 1
                    ? r.label() + " (" + r.source().toAbsolutePath().normalize().getFileName() + ")"
                    : r.label();
            String unique = label;
            for (int n = 2; !taken.add(unique); n++) {
                unique = label + " #" + n;
            }
            result.add(analyzer.analyze(r.withLabel(unique)));
        }
        return result;
    }
}
