package dev.speedup.reports.compare;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * The small statistics {@code compare} needs, on samples of time per op (larger = slower): an exact
 * one-sided Mann–Whitney test, a one-sided Welch test on logarithms, and a seeded bootstrap interval
 * of the ratio of means.
 */
public final class Stats {
    /** Beyond this many splits of the pooled samples the rank test uses its normal approximation. */
    private static final long EXACT_LIMIT = 200_000;

    private Stats() {}

    /**
     * The smallest one-sided p-value an exact rank test on {@code n} against {@code m} samples can
     * reach: one over the number of ways to split the pooled samples.
     */
    public static double minimumRankP(int n, int m) {
        if (n < 1 || m < 1) {
            return 1.0;
        }
        return 1.0 / CombinatoricsUtils.binomialCoefficientDouble(n + m, n);
    }

    /**
     * One-sided Mann–Whitney U: the probability, if both samples came from one distribution, of a U at
     * least as large as observed, where U counts pairs with {@code larger} above {@code smaller} (ties
     * half). Exact (every split of the pooled samples, ties included) for small samples.
     */
    public static double mannWhitneyGreater(double[] smaller, double[] larger) {
        int n = smaller.length;
        int m = larger.length;
        if (n == 0 || m == 0) {
            return 1.0;
        }
        double observed = u(smaller, larger);
        double[] pooled = new double[n + m];
        System.arraycopy(smaller, 0, pooled, 0, n);
        System.arraycopy(larger, 0, pooled, n, m);
        if (CombinatoricsUtils.binomialCoefficientDouble(n + m, m) > EXACT_LIMIT) {
            double mean = n * (double) m / 2;
            double sd = Math.sqrt(n * (double) m * (n + m + 1) / 12.0);
            return 1 - new NormalDistribution(0, 1).cumulativeProbability((observed - 0.5 - mean) / sd);
        }
        long[] counts = new long[2];
        splits(pooled, new boolean[n + m], 0, m, observed, counts);
        return counts[0] / (double) counts[1];
    }

    private static double u(double[] smaller, double[] larger) {
        double u = 0;
        for (double y : larger) {
            for (double x : smaller) {
                u += y > x ? 1 : y == x ? 0.5 : 0;
            }
        }
        return u;
    }

    /** Enumerates every choice of {@code left} samples as "larger"; counts[0] = U at least observed. */
    private static void splits(double[] pooled, boolean[] chosen, int from, int left, double observed, long[] counts) {
        if (left == 0) {
            int nl = 0;
            int ns = 0;
            double[] l = new double[chosen.length];
            double[] s = new double[chosen.length];
            for (int i = 0; i < pooled.length; i++) {
                if (chosen[i]) {
                    l[nl++] = pooled[i];
                } else {
                    s[ns++] = pooled[i];
                }
            }
            counts[1]++;
            if (u(Arrays.copyOf(s, ns), Arrays.copyOf(l, nl)) >= observed - 1e-9) {
                counts[0]++;
            }
            return;
        }
        for (int i = from; i <= pooled.length - left; i++) {
            chosen[i] = true;
            splits(pooled, chosen, i + 1, left - 1, observed, counts);
            chosen[i] = false;
        }
    }

    /** A summary of one side on the log scale: mean of logs, its standard error and degrees of freedom. */
    public record LogSummary(double mean, double standardError, double degreesOfFreedom) {
        public static LogSummary of(double[] samples) {
            double[] logs = Arrays.stream(samples).map(Math::log).toArray();
            double mean = Arrays.stream(logs).average().orElse(Double.NaN);
            double ss = Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).sum();
            int n = logs.length;
            return new LogSummary(mean, n > 1 ? Math.sqrt(ss / (n - 1) / n) : Double.NaN, n - 1);
        }
    }

    /**
     * One-sided Welch test that the log mean of {@code larger} exceeds that of {@code smaller} by more
     * than {@code margin} (0 for a plain test; log(1.1) asks "more than 10 % larger?"); NaN when a side
     * has no standard error. Logs, because timings are skewed and a slowdown is a factor.
     */
    public static double welchGreater(LogSummary smaller, LogSummary larger, double margin) {
        double v1 = smaller.standardError() * smaller.standardError();
        double v2 = larger.standardError() * larger.standardError();
        double diff = larger.mean() - smaller.mean() - margin;
        if (Double.isNaN(v1 + v2)) {
            return Double.NaN;
        }
        if (v1 + v2 == 0) {
            return diff > 0 ? 0.0 : 1.0;
        }
        double df = welchDf(smaller, larger);
        return 1 - new TDistribution(null, df).cumulativeProbability(diff / Math.sqrt(v1 + v2));
    }

    /** Welch–Satterthwaite degrees of freedom of the difference of two means. */
    static double welchDf(LogSummary a, LogSummary b) {
        double v1 = a.standardError() * a.standardError();
        double v2 = b.standardError() * b.standardError();
        return (v1 + v2) * (v1 + v2) / (v1 * v1 / a.degreesOfFreedom() + v2 * v2 / b.degreesOfFreedom());
    }

    /** An interval of the ratio new/base. */
    public record Interval(double low, double high) {
        public boolean above(double bound) {
            return low > bound;
        }

        public boolean below(double bound) {
            return high < bound;
        }
    }

    /**
     * Expanded percentile bootstrap interval (Hesterberg, "What teachers should know about the
     * bootstrap", 2015), at {@code level}, of mean(new) / mean(base): each side resampled with
     * replacement on its own. A plain percentile interval from 5 forks is far too narrow (it behaves
     * like z where t with 4 degrees of freedom is due); the expansion widens the percentiles taken to
     * {@code Φ(−sqrt(n/(n−1)) · t(n−1))}, n the smaller side. Seeded: the same input, the same interval.
     */
    public static Interval bootstrapRatio(double[] base, double[] candidate, double level, int resamples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            ratios[r] = resampledMean(candidate, random) / resampledMean(base, random);
        }
        return expandedInterval(ratios, level, Math.min(base.length, candidate.length));
    }

    /**
     * The expanded percentile interval at {@code level} of bootstrap {@code ratios} (sorted here, in
     * place), {@code n} the smallest side resampled.
     */
    static Interval expandedInterval(double[] ratios, double level, int n) {
        Arrays.sort(ratios);
        double tail = expandedTail(level, n);
        return new Interval(quantile(ratios, tail), quantile(ratios, 1 - tail));
    }

    /** The lower percentile the expanded bootstrap takes for a two-sided {@code level} from n samples. */
    public static double expandedTail(double level, int n) {
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        return new NormalDistribution(0, 1).cumulativeProbability(-Math.sqrt(n / (n - 1.0)) * t);
    }

    /** The mean of a resample of {@code x} with replacement, drawing {@code x.length} indices from {@code random}. */
    static double resampledMean(double[] x, SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[random.nextInt(x.length)];
        }
        return sum / x.length;
    }

    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int i = (int) Math.floor(position);
        int j = Math.min(i + 1, sorted.length - 1);
        return sorted[i] + (position - i) * (sorted[j] - sorted[i]);
    }

    public static double mean(double[] x) {
        return Arrays.stream(x).average().orElse(Double.NaN);
    }

    /**
     * Benjamini–Hochberg: which of {@code p} are discoveries at false-discovery rate {@code q}. Under
     * the complete null (an A/A run) it holds the chance of any false alarm at {@code q}.
     */
    public static boolean[] benjaminiHochberg(List<Double> p, double q) {
        int m = p.size();
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p.get(a), p.get(b)));
        int last = -1;
        for (int k = 0; k < m; k++) {
            if (p.get(order[k]) <= (k + 1) * q / m) {
                last = k;
            }
        }
        boolean[] rejected = new boolean[m];
        for (int k = 0; k <= last; k++) {
            rejected[order[k]] = true;
        }
        return rejected;
    }
}
