package dev.speedup.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gate on synthetic runs with known truth: a ci-profile-sized run (35 rows, 5 forks per row)
 * compared with itself, with a small shift and with a real slowdown, over many seeds.
 */
class GateSimulationTest {
    static final int ROWS = 35;
    static final int FORKS = 5;
    static final CompareOptions OPTIONS = CompareOptions.defaults();

    /** Verdicts of one simulated comparison where every row's new median is {@code factor} × base. */
    static List<Verdict> compare(long seed, double factor, int forks) {
        return compare(seed, factor, forks, -1);
    }

    /** As above, but only row {@code onlyRow} shifted when it is not negative. */
    static List<Verdict> compare(long seed, double factor, int forks, int onlyRow) {
        Noise noise = new Noise(seed);
        List<RowTest> rows = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            double spread = Noise.SPREADS[r % Noise.SPREADS.length];
            double[] base = noise.forks(forks, 1.0, spread);
            double[] candidate = noise.forks(forks, onlyRow < 0 || onlyRow == r ? factor : 1.0, spread);
            rows.add(RowTest.of(Sample.ofForks(base), Sample.ofForks(candidate), OPTIONS, seed * 1000 + r));
        }
        return Gate.verdicts(rows, OPTIONS.alpha());
    }

    static long runsWith(Verdict v, int seeds, double factor, int forks) {
        long hits = 0;
        for (int s = 1; s <= seeds; s++) {
            if (compare(s, factor, forks).contains(v)) {
                hits++;
            }
        }
        return hits;
    }

    @Test
    void identicalRunsRaiseAFalseAlarmInFewerThanOneRunInAHundred() {
        int seeds = 1000;
        long alarms = runsWith(Verdict.REGRESSION, seeds, 1.0, FORKS);
        System.out.printf("A/A: %d of %d simulated runs (35 rows, 5 forks) had a REGRESSION%n", alarms, seeds);
        assertTrue(alarms <= seeds / 100, alarms + " of " + seeds);
    }

    @Test
    void aThirtyPercentSlowdownOfTheWholeRunFailsTheGateEveryTime() {
        long caught = 0;
        for (int s = 1; s <= 100; s++) {
            long rows = compare(s, 1.30, FORKS).stream()
                    .filter(x -> x == Verdict.REGRESSION)
                    .count();
            assertTrue(rows >= 5, "seed " + s + ": " + rows + " of " + ROWS);
            caught += rows;
        }
        System.out.printf("every row 30 %% slower: %.0f %% of rows caught (100 runs)%n", caught / 35.0);
    }

    @Test
    void aThirtyPercentSlowdownOfOneRowIsCaughtWhereItsForksVaryUpToThreePercent() {
        int seeds = 100;
        for (int r = 0; r < Noise.SPREADS.length; r++) {
            int hits = 0;
            for (int s = 1; s <= seeds; s++) {
                List<Verdict> v = compare(s, 1.30, FORKS, r);
                hits += v.get(r) == Verdict.REGRESSION ? 1 : 0;
                long others = v.stream().filter(x -> x == Verdict.REGRESSION).count()
                        - (v.get(r) == Verdict.REGRESSION ? 1 : 0);
                assertEquals(0, others, "seed " + s + ": an unchanged row flagged");
            }
            System.out.printf(
                    "one row 30 %% slower, fork spread %.1f %%: caught in %d of %d runs%n",
                    Noise.SPREADS[r] * 100, hits, seeds);
            if (Noise.SPREADS[r] <= 0.03) {
                assertTrue(hits >= seeds * 9 / 10, hits + " of " + seeds);
            }
        }
    }

    @Test
    void aFourPercentShiftIsFlaggedInFewerThanOneRunInAHundredAtTheTenPercentThreshold() {
        int seeds = 300;
        long alarms = runsWith(Verdict.REGRESSION, seeds, 1.04, FORKS);
        System.out.printf("every row 4 %% slower: %d of %d runs had a REGRESSION%n", alarms, seeds);
        assertTrue(alarms <= seeds / 100, alarms + " of " + seeds);
    }

    @Test
    void aThirtyPercentSpeedupIsAnImprovementNotARegression() {
        List<Verdict> v = compare(7, 1 / 1.30, FORKS);
        assertTrue(v.contains(Verdict.IMPROVEMENT));
        assertTrue(!v.contains(Verdict.REGRESSION));
    }

    @Test
    void twoForksAreInsufficientNeverUnchanged() {
        List<Verdict> v = compare(3, 1.0, 2);
        assertTrue(v.stream().allMatch(x -> x == Verdict.INSUFFICIENT), v.toString());
    }
}
