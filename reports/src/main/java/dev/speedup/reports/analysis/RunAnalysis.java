package dev.speedup.reports.analysis;

import dev.speedup.reports.read.JmhRow;
import dev.speedup.reports.read.Run;
import java.util.List;
import java.util.Optional;

/**
 * Everything the renderers need about one run: analysed cases, size families, the secondary rows
 * kept apart, and warnings the reader of the report must see.
 */
public record RunAnalysis(
        Run run,
        String baseline,
        List<String> strategyOrder,
        List<CaseResult> cases,
        List<SizeFamily> families,
        List<JmhRow> secondary,
        List<String> warnings) {

    public RunAnalysis {
        strategyOrder = List.copyOf(strategyOrder);
        cases = List.copyOf(cases);
        families = List.copyOf(families);
        secondary = List.copyOf(secondary);
        warnings = List.copyOf(warnings);
    }

    public Optional<CaseResult> find(CaseKey key) {
        return cases.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * A case is "headline" when it is not a smaller size of a size family: the terminal table and
     * the summary show only the largest size, where parallelism has the most to win.
     */
    public List<CaseResult> headlineCases() {
        return cases.stream()
                .filter(c -> families.stream().noneMatch(f -> f.cases().contains(c) && f.largest() != c))
                .toList();
    }
}
