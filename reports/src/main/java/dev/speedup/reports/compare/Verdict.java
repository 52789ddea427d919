package dev.speedup.reports.compare;

/** What {@code compare} concludes about one row; the names are shared with DESIGN.md and the README. */
public enum Verdict {
    /** Significantly slower, and the whole confidence interval lies beyond the threshold. */
    REGRESSION,
    /** Significantly faster, and the whole confidence interval lies beyond the threshold. */
    IMPROVEMENT,
    /** The confidence interval of new/base lies inside ±threshold. */
    UNCHANGED,
    /** Neither: more forks would settle it. */
    INCONCLUSIVE,
    /** Too few samples for the test ever to reach alpha: nothing can be claimed, not even "unchanged". */
    INSUFFICIENT,
    /** In the new run only. */
    NEW,
    /** In the base run only. */
    MISSING,
    /** Both runs have the row, in different modes or units. */
    INCOMPARABLE
}
