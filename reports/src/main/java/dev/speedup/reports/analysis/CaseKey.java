package dev.speedup.reports.analysis;

import dev.speedup.reports.read.Mode;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A case: one benchmark in one mode with every param fixed except strategy and the core axis;
 * its strategies are the series that are compared. {@code threads} is JMH's thread count (0 when
 * threads are the core axis).
 */
public record CaseKey(String benchmark, Mode mode, int threads, Map<String, String> params)
        implements Comparable<CaseKey> {

    private static final Comparator<String> NATURAL = CaseKey::compareValues;

    public CaseKey {
        params = Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** {@code PiBenchmark.pi}: the class and method, without the package. */
    public String shortName() {
        String[] parts = benchmark.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
    }

    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** {@code steps=10000 threads=2}: what tells this case apart from others of its benchmark. */
    public String paramText() {
        String text = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        return threads > 1 ? (text + " threads=" + threads).trim() : text;
    }

    public String title() {
        return (shortName() + " " + paramText()).trim();
    }

    public CaseKey without(String param) {
        Map<String, String> rest = new TreeMap<>(params);
        rest.remove(param);
        return new CaseKey(benchmark, mode, threads, rest);
    }

    @Override
    public int compareTo(CaseKey o) {
        int c = benchmark.compareTo(o.benchmark);
        if (c == 0) {
            c = mode.compareTo(o.mode);
        }
        if (c == 0) {
            c = Integer.compare(threads, o.threads);
        }
        Iterator<Map.Entry<String, String>> a = params.entrySet().iterator();
        Iterator<Map.Entry<String, String>> b = o.params.entrySet().iterator();
        while (c == 0 && a.hasNext() && b.hasNext()) {
            Map.Entry<String, String> x = a.next();
            Map.Entry<String, String> y = b.next();
            c = x.getKey().compareTo(y.getKey());
            if (c == 0) {
                c = NATURAL.compare(x.getValue(), y.getValue());
            }
        }
        return c != 0 ? c : Boolean.compare(a.hasNext(), b.hasNext());
    }

    /** Numbers in numeric order (size=1000 after size=200), anything else alphabetically. */
    public static int compareValues(String x, String y) {
        Double dx = numberOrNull(x);
        Double dy = numberOrNull(y);
        if (dx != null && dy != null) {
            int c = Double.compare(dx, dy);
            return c != 0 ? c : x.compareTo(y);
        }
        return dx != null ? -1 : dy != null ? 1 : x.compareTo(y);
    }

    static Double numberOrNull(String s) {
        try {
            return Double.valueOf(s.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
