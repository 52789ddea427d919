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
        for (int i = 1; i < cases.size(); i++) {
            if (cases.get(i - 1).key().compareTo(cases.get(i).key()) >= 0) {
                throw new IllegalArgumentException("cases must be sorted by key, without duplicates");
            }
        }
        families = List.copyOf(families);
        secondary = List.copyOf(secondary);
        warnings = List.copyOf(warnings);
    }

    public Optional<CaseResult> find(CaseKey key) {
        // Cases are sorted by key (checked above), and CaseKey's order agrees with equals: a binary
        // search keeps a page of 100 000 cases from taking quadratic time, and a miss is a miss.
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
        return i >= 0 ? Optional.of(cases.get(i)) : Optional.empty();
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
