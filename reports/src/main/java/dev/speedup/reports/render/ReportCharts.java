package dev.speedup.reports.render;

import dev.speedup.reports.analysis.CaseKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which chart files belong to which case and size family, per machine label, so the HTML page can
 * place each chart beside its tables.
 */
public final class ReportCharts {
    private final Map<CaseKey, List<Chart>> byCase = new LinkedHashMap<>();
    private final Map<String, Chart> byFamily = new LinkedHashMap<>();

    void addCase(CaseKey key, Chart chart) {
        byCase.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(chart);
    }

    void addFamily(String machine, CaseKey family, Chart chart) {
        byFamily.put(machine + "\u0000" + family, chart);
    }

    public List<Chart> forCase(CaseKey key) {
        return byCase.getOrDefault(key, List.of());
    }

    public java.util.Optional<Chart> forFamily(String machine, CaseKey family) {
        return java.util.Optional.ofNullable(byFamily.get(machine + "\u0000" + family));
    }

    public List<Chart> all() {
        List<Chart> all = new java.util.ArrayList<>();
        byCase.values().forEach(all::addAll);
        all.addAll(byFamily.values());
        return all;
    }
}
