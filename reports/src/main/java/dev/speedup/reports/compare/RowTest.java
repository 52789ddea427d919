package dev.speedup.reports.compare;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The evidence about one row before the correction for many rows: ratio new/base, its interval,
 * the exact rank test's one-sided p-value (NaN without raw samples), the one-sided Welch p-value that
 * the change exceeds the threshold, and the verdict the interval alone gives. {@link Gate} then keeps
 * a REGRESSION or IMPROVEMENT only where both tests allow.
 */
public record RowTest(
        double ratio,
        Stats.Interval interval,
        double rankP,
        double pValue,
        Verdict provisional,
        boolean approximate,
        int forksToSettle,
        String note) {

    /** Largest number of forks per side the "how many more" estimate will name. */
    static final int FORKS_CAP = 100;

    /** Decides one row from its two samples; {@code seed} fixes the bootstrap for this row. */
    public static RowTest of(Sample base, Sample candidate, CompareOptions o, long seed) {
        boolean approximate = base.fromSummary() || candidate.fromSummary();
        return approximate ? approximate(base, candidate, o) : exact(base, candidate, o, seed);
    }

    private static RowTest exact(Sample base, Sample candidate, CompareOptions o, long seed) {
        double ratio = candidate.mean() / base.mean();
        int n = base.size();
        int m = candidate.size();
        double floor = Stats.minimumRankP(n, m);
        if (floor > o.alpha() || n < 2 || m < 2) {
            return new RowTest(
                    ratio,
                    new Stats.Interval(Double.NaN, Double.NaN),
                    Double.NaN,
                    Double.NaN,
                    Verdict.INSUFFICIENT,
                    false,
                    forksForRankTest(o.alpha()),
                    n + " vs " + m + " forks: the rank test cannot reach alpha " + o.alpha() + " (best p "
                            + String.format(java.util.Locale.ROOT, "%.3g", floor) + "); needs "
                            + forksForRankTest(o.alpha()) + " forks per side");
        }
        Stats.Interval ci =
                Stats.bootstrapRatio(base.forks(), candidate.forks(), o.level(), CompareOptions.RESAMPLES, seed);
        boolean slower = ratio >= 1;
        double rank = slower
                ? Stats.mannWhitneyGreater(base.forks(), candidate.forks())
                : Stats.mannWhitneyGreater(candidate.forks(), base.forks());
        double p = welchBeyondThreshold(base.log(), candidate.log(), slower, o);
        return classify(ratio, ci, rank, p, false, Math.max(n, m), o);
    }

    private static RowTest approximate(Sample base, Sample candidate, CompareOptions o) {
        Stats.LogSummary b = base.log();
        Stats.LogSummary c = candidate.log();
        double ratio = candidate.mean() / base.mean();
        double se = Math.hypot(b.standardError(), c.standardError());
        if (Double.isNaN(se) || b.degreesOfFreedom() < 1 || c.degreesOfFreedom() < 1) {
            return new RowTest(
                    ratio,
                    new Stats.Interval(Double.NaN, Double.NaN),
                    Double.NaN,
                    Double.NaN,
                    Verdict.INSUFFICIENT,
                    true,
                    0,
                    "no error bar on a side (one sample, or JMH wrote NaN): nothing can be tested");
        }
        boolean slower = ratio >= 1;
        double p = welchBeyondThreshold(b, c, slower, o);
        double df = Stats.welchDf(b, c);
        double t = se == 0 ? 0 : new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - o.level()) / 2);
        double d = c.mean() - b.mean();
        Stats.Interval ci = new Stats.Interval(Math.exp(d - t * se), Math.exp(d + t * se));
        return classify(ratio, ci, Double.NaN, p, true, 0, o);
    }

    /** Welch on log fork means: is new slower than base × (1 + threshold) (faster than × (1 − threshold))? */
    private static double welchBeyondThreshold(
            Stats.LogSummary base, Stats.LogSummary candidate, boolean slower, CompareOptions o) {
        return slower
                ? Stats.welchGreater(base, candidate, Math.log(1 + o.threshold()))
                : Stats.welchGreater(candidate, base, -Math.log(1 - o.threshold()));
    }

    private static RowTest classify(
            double ratio, Stats.Interval ci, double rankP, double p, boolean approximate, int n, CompareOptions o) {
        double up = 1 + o.threshold();
        double down = 1 - o.threshold();
        Verdict v;
        if (ci.above(up)) {
            v = Verdict.REGRESSION; // kept only if the significance test survives the correction
        } else if (ci.below(down)) {
            v = Verdict.IMPROVEMENT;
        } else if (ci.low() >= down && ci.high() <= up) {
            v = Verdict.UNCHANGED;
        } else {
            v = Verdict.INCONCLUSIVE;
        }
        int forks = v == Verdict.INCONCLUSIVE && n > 0 ? forksToSettle(ratio, ci, n, o) : 0;
        String note = v == Verdict.INCONCLUSIVE
                ? (n == 0
                        ? "the interval straddles the threshold; more samples would settle it"
                        : forks >= FORKS_CAP
                                ? "the change sits near the threshold: more than " + FORKS_CAP + " forks per side"
                                : "about " + forks + " forks per side would settle it")
                : "";
        return new RowTest(ratio, ci, rankP, p, v, approximate, forks, note);
    }

    /**
     * The interval's half-width shrinks as one over the square root of the forks: enough forks that
     * it fits between the estimate and the nearest threshold it must clear.
     */
    static int forksToSettle(double ratio, Stats.Interval ci, int n, CompareOptions o) {
        double r = Math.log(ratio);
        double half = (Math.log(ci.high()) - Math.log(ci.low())) / 2;
        double up = Math.log(1 + o.threshold());
        double down = Math.log(1 - o.threshold());
        double room = r > up ? r - up : r < down ? down - r : Math.min(up - r, r - down);
        if (!(room > 0)) {
            return FORKS_CAP;
        }
        double needed = n * Math.pow(half / room, 2);
        return (int) Math.min(FORKS_CAP, Math.max(n + 1, Math.ceil(needed)));
    }

    /** The fewest forks per side (equal sides) for which the exact rank test can reach alpha. */
    static int forksForRankTest(double alpha) {
        int k = 2;
        while (Stats.minimumRankP(k, k) > alpha) {
            k++;
        }
        return k;
    }

    /**
     * Whether the interval alone puts the row beyond the threshold (a provisional REGRESSION or
     * IMPROVEMENT): the rows {@link Gate}'s correction runs over.
     */
    public boolean beyondThreshold() {
        return provisional == Verdict.REGRESSION || provisional == Verdict.IMPROVEMENT;
    }

    /**
     * The p-value the correction uses: the larger of the two tests' (an intersection–union test, valid
     * because each alone is); a CSV-only row has no raw samples to rank and uses Welch alone.
     */
    public double combinedP() {
        return Double.isNaN(rankP) ? pValue : Double.isNaN(pValue) ? rankP : Math.max(rankP, pValue);
    }
}
