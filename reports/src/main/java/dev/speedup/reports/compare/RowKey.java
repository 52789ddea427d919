package dev.speedup.reports.compare;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What makes two rows the same measurement: benchmark, mode, every param but the core count, and
 * the core count. A row whose mode or unit changed is paired with its old self by
 * {@link #sameButMode} and reported INCOMPARABLE, not mistaken for a new row.
 */
public record RowKey(String benchmark, String mode, Map<String, String> params, int cores)
        implements Comparable<RowKey> {
    public RowKey {
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    public boolean sameButMode(RowKey o) {
        return benchmark.equals(o.benchmark) && params.equals(o.params) && cores == o.cores;
    }

    public RowKey withParams(Map<String, String> newParams, int newCores) {
        return new RowKey(benchmark, mode, newParams, newCores);
    }

    public String strategy() {
        return params.getOrDefault("strategy", "");
    }

    /** The benchmark without its package, e.g. {@code PiBenchmark.pi}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = method < 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    /** Params other than strategy, as {@code steps=100, partition=BLOCK}. */
    public String otherParams() {
        return params.entrySet().stream()
                .filter(e -> !"strategy".equals(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** A stable text for seeds and test names; the same row always gives the same text. */
    public String id() {
        return benchmark + " " + mode + params + "@" + cores;
    }

    @Override
    public int compareTo(RowKey o) {
        int c = benchmark.compareTo(o.benchmark);
        if (c == 0) {
            c = params.toString().compareTo(o.params.toString());
        }
        if (c == 0) {
            c = Integer.compare(cores, o.cores);
        }
        if (c == 0) {
            c = mode.compareTo(o.mode);
        }
        return c;
    }
}
