package dev.speedup.reports.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared, unmodifiable copy of each param map: rows of different benchmarks repeat the same
 * few param combinations, and a map per row was most of the memory of a large file. Bounded, so a
 * file of all-distinct params costs no more than copies would.
 */
final class ParamMaps {
    private static final int MAX = 50_000;
    // Keyed by the entries in order: two maps with one content in different orders stay apart.
    private static final Map<List<String>, Map<String, String>> SHARED = new ConcurrentHashMap<>();

    private ParamMaps() {}

    static Map<String, String> canonical(Map<String, String> params) {
        if (params.isEmpty()) {
            return Map.of();
        }
        List<String> key = new ArrayList<>(params.size() * 2);
        params.forEach((k, v) -> {
            key.add(k);
            key.add(v);
        });
        Map<String, String> shared = SHARED.get(key);
        if (shared != null) {
            return shared;
        }
        Map<String, String> copy = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (SHARED.size() < MAX) {
            Map<String, String> raced = SHARED.putIfAbsent(List.copyOf(key), copy);
            return raced != null ? raced : copy;
        }
        return copy;
    }
}
