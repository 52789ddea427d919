package dev.speedup.reports.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The decision across rows. A row is a REGRESSION (IMPROVEMENT) only when its interval lies wholly
 * beyond the threshold and its tests survive Benjamini–Hochberg at alpha among those candidates: the
 * exact rank test on fork means (not fooled by one slow fork) and the Welch test on log fork means
 * that the change exceeds the threshold (sees the size) must both be significant. A candidate that does
 * not survive is INCONCLUSIVE. Why this family and this correction: reports/README.md, "compare".
 */
public final class Gate {
    private Gate() {}

    /** The final verdict of each row, in the order given. */
    public static List<Verdict> verdicts(List<RowTest> rows, double alpha) {
        List<Integer> candidates = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RowTest row = rows.get(i);
            if (row.beyondThreshold()) {
                candidates.add(i);
                p.add(row.combinedP());
            }
        }
        boolean[] discovered = Stats.benjaminiHochberg(p, alpha);
        List<Verdict> result =
                new ArrayList<>(rows.stream().map(RowTest::provisional).toList());
        for (int k = 0; k < candidates.size(); k++) {
            if (!discovered[k]) {
                result.set(candidates.get(k), Verdict.INCONCLUSIVE);
            }
        }
        return result;
    }
}
