package dev.speedup.reports.read;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a JMH CSV. {@code label} is empty for a primary result and holds the part after
 * {@code :} for a secondary one ({@code gc.alloc.rate}, {@code p0.99}, ...), which is never analysed
 * as a benchmark. {@code params} holds the non-empty {@code Param: ...} cells, in header order.
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
        int line) {

    public JmhRow {
        params = ParamMaps.canonical(params);
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
