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
        // The analyzer sorts cases by key: a binary search keeps a page of 100 000 cases from
        // taking quadratic time; a list built in another order falls back to a scan.
        // RandomAccess, or Collections.binarySearch walks an iterator: linear again.
        class Keys extends java.util.AbstractList<CaseKey> implements java.util.RandomAccess {
            @Override
            public CaseKey get(int index) {
                return cases.get(index).key();
            }

            @Override
            public int size() {
                return cases.size();
            }
        }
        int i = java.util.Collections.binarySearch(new Keys(), key);
        if (i >= 0 && cases.get(i).key().equals(key)) {
            return Optional.of(cases.get(i));
        }
        return cases.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * A case is "headline" when it is not a smaller size of a size family: the terminal table and
     * the summary show only the largest size, where parallelism has the most to win.
     */
    public List<CaseResult> headlineCases() {
        // By identity, once per family: a search of every family per case (with deep record equality)
        // took minutes for 20 000 cases.
        java.util.Set<CaseResult> smaller = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (SizeFamily f : families) {
            f.cases().stream().filter(c -> c != f.largest()).forEach(smaller::add);
        }
        return cases.stream().filter(c -> !smaller.contains(c)).toList();
    }
}
