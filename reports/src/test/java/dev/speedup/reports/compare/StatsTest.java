package dev.speedup.reports.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void fiveAgainstFiveCanReachOneIn252AndFourAgainstFourOnlyOneIn70() {
        assertEquals(1 / 252.0, Stats.minimumRankP(5, 5), 1e-15);
        assertEquals(1 / 70.0, Stats.minimumRankP(4, 4), 1e-15);
        assertEquals(5, RowTest.forksForRankTest(0.01));
        assertEquals(7, RowTest.forksForRankTest(0.001)); // 6 against 6: 1/924 > 0.001
    }

    @Test
    void completeSeparationGivesTheSmallestExactP() {
        double[] base = {1, 2, 3, 4, 5};
        double[] slower = {6, 7, 8, 9, 10};
        assertEquals(1 / 252.0, Stats.mannWhitneyGreater(base, slower), 1e-12);
        assertEquals(1.0, Stats.mannWhitneyGreater(slower, base), 1e-12);
    }

    @Test
    void exactRankTestMatchesTheTableForOneOverlap() {
        // U = 24 of 25: 2 of the 252 splits reach it (the observed one and the complete separation).
        assertEquals(
                2 / 252.0,
                Stats.mannWhitneyGreater(new double[] {1, 2, 3, 4, 6}, new double[] {5, 7, 8, 9, 10}),
                1e-12);
    }

    @Test
    void tiesCountHalf() {
        double[] x = {1, 1, 1};
        assertEquals(1.0, Stats.mannWhitneyGreater(x, x), 1e-12);
    }

    @Test
    void welchBeyondAMarginNeedsMoreThanTheMargin() {
        Stats.LogSummary base = Stats.LogSummary.of(new double[] {1.00, 1.01, 0.99, 1.00, 1.02});
        Stats.LogSummary fourPercent = Stats.LogSummary.of(new double[] {1.04, 1.05, 1.03, 1.04, 1.06});
        assertTrue(Stats.welchGreater(base, fourPercent, 0) < 0.001);
        assertTrue(Stats.welchGreater(base, fourPercent, Math.log(1.10)) > 0.99);
    }

    @Test
    void benjaminiHochbergRejectsEveryRowWhenAllAreSmallEnough() {
        boolean[] all = Stats.benjaminiHochberg(List.of(0.004, 0.004, 0.004, 0.004), 0.01);
        assertArrayEquals(new boolean[] {true, true, true, true}, all);
        // Holm would need 0.0025 at the first step here; BH's largest rank passes at 0.01.
        boolean[] some = Stats.benjaminiHochberg(List.of(0.004, 0.5, 0.002), 0.01);
        assertArrayEquals(new boolean[] {true, false, true}, some);
        assertArrayEquals(new boolean[] {false}, Stats.benjaminiHochberg(List.of(0.02), 0.01));
    }

    @Test
    void bootstrapIsSeededAndWiderThanPlainPercentilesAtFiveForks() {
        double[] base = {1.00, 1.02, 0.98, 1.01, 0.99};
        double[] candidate = {1.30, 1.33, 1.28, 1.31, 1.29};
        Stats.Interval a = Stats.bootstrapRatio(base, candidate, 0.95, 4000, 42);
        Stats.Interval b = Stats.bootstrapRatio(base, candidate, 0.95, 4000, 42);
        assertEquals(a, b);
        assertTrue(a.low() > 1.25 && a.high() < 1.36, a.toString());
        assertTrue(a.low() < 1.30 && a.high() > 1.30, a.toString());
    }

    @Test
    void csvOnlyStandardErrorComesFromJmhsErrorBar() {
        // JMH: error = t(0.9995, n-1) * sd / sqrt(n); n = 10, t = 4.781, so se = error / 4.781.
        var row = new dev.speedup.reports.read.JmhRow(
                "a.B.c",
                "",
                dev.speedup.reports.read.Mode.AVERAGE_TIME,
                1,
                10,
                20.0,
                4.781,
                "ms/op",
                java.util.Map.of(),
                java.nio.file.Path.of("x.csv"),
                2);
        Sample s = TimePerOp.sample(row);
        assertTrue(s.fromSummary());
        assertEquals(0.05, s.log().standardError(), 1e-3);
        assertEquals(0.020, s.mean(), 1e-12);
    }
}
