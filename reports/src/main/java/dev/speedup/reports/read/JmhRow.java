package dev.speedup.reports.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One result row of a JMH CSV or JSON file. {@code label} is empty for a primary result and holds the
 * part after {@code :} for a secondary one ({@code gc.alloc.rate}, {@code p0.99}, ...), which is never
 * analysed as a benchmark. {@code params} holds the non-empty {@code Param: ...} cells, in header
 * order. {@code forks} holds the measured iteration scores of each fork (JSON {@code rawData}; empty
 * when the source was a CSV, which keeps only the summary).
 */
public record JmhRow(
        String benchmark,
        String label,
        Mode mode,
        int threads,
        long samples,
        double score,
        double error,
        String unit,
        Map<String, String> params,
        Path file,
        int line,
        List<List<Double>> forks) {

    public JmhRow {
        params = ParamMaps.canonical(params);
        forks = forks.stream().map(List::copyOf).toList();
    }

    /** A row without raw samples, as a CSV gives it. */
    public JmhRow(
            String benchmark,
            String label,
            Mode mode,
            int threads,
            long samples,
            double score,
            double error,
            String unit,
            Map<String, String> params,
            Path file,
            int line) {
        this(benchmark, label, mode, threads, samples, score, error, unit, params, file, line, List.of());
    }

    /** The mean of each fork's measured iterations: the independent samples of this row. */
    public List<Double> forkMeans() {
        return forks.stream()
                .filter(f -> !f.isEmpty())
                .map(f -> f.stream().mapToDouble(Double::doubleValue).average().orElseThrow())
                .toList();
    }

    public boolean primary() {
        return label.isEmpty();
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /** Where this row came from, for messages: {@code file:line}. */
    public String where() {
        return file + ":" + line;
    }
}
