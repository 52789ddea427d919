package dev.speedup.reports.compare;

import dev.speedup.reports.analysis.CoresAxis;
import dev.speedup.reports.read.JmhRow;
import dev.speedup.reports.read.Run;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/** Matches the rows of two runs and decides each: the heart of {@code compare}. */
public final class Comparer {
    /** Machine properties that, when they differ, make absolute times incomparable. */
    static final List<String> MACHINE_KEYS = List.of("cpu.model", "cpu.online", "java.vendor", "java.version");

    static final String BASELINE = "SERIAL";

    private final CompareOptions options;
    private final CoresAxis axis = CoresAxis.defaults();

    public Comparer(CompareOptions options) {
        this.options = options;
    }

    public Comparison compare(Run base, Run candidate) {
        Map<RowKey, JmhRow> b = index(base);
        Map<RowKey, JmhRow> c = index(candidate);
        TreeSet<RowKey> keys = new TreeSet<>(b.keySet());
        keys.addAll(c.keySet());
        List<RowKey> tested = new ArrayList<>();
        List<RowTest> tests = new ArrayList<>();
        Map<RowKey, RowComparison> done = new LinkedHashMap<>();
        java.util.Set<RowKey> keysPaired = new java.util.HashSet<>();
        // The same measurement in another mode on the new side is a changed mode, not a missing row.
        Map<RowKey, RowKey> modeChanged = new java.util.HashMap<>();
        for (RowKey key : b.keySet()) {
            if (!c.containsKey(key)) {
                c.keySet().stream()
                        .filter(k -> k.sameButMode(key) && !b.containsKey(k) && !keysPaired.contains(k))
                        .findFirst()
                        .ifPresent(k -> {
                            modeChanged.put(key, k);
                            keysPaired.add(k);
                        });
            }
        }
        for (RowKey key : keys) {
            if (keysPaired.contains(key)) {
                continue;
            }
            JmhRow br = b.get(key);
            JmhRow cr = modeChanged.containsKey(key) ? c.get(modeChanged.get(key)) : c.get(key);
            if (br == null || cr == null) {
                Verdict v = br == null ? Verdict.NEW : Verdict.MISSING;
                String note = br == null ? "only in the new run" : "only in the base run";
                done.put(
                        key,
                        new RowComparison(
                                key, Optional.ofNullable(br), Optional.ofNullable(cr), Optional.empty(), v, note));
            } else if (br.mode() != cr.mode() || !br.unit().equals(cr.unit())) {
                String note = "base " + br.mode().label() + " " + br.unit() + ", new "
                        + cr.mode().label() + " " + cr.unit();
                done.put(
                        key,
                        new RowComparison(
                                key, Optional.of(br), Optional.of(cr), Optional.empty(), Verdict.INCOMPARABLE, note));
            } else {
                tested.add(key);
                tests.add(RowTest.of(TimePerOp.sample(br), TimePerOp.sample(cr), options, seed(key)));
                done.put(key, null);
            }
        }
        List<Verdict> verdicts = Gate.verdicts(tests, options.alpha());
        // The correction runs over the rows whose interval lies beyond the threshold (see Gate).
        long candidates = tests.stream().filter(RowTest::beyondThreshold).count();
        for (int i = 0; i < tested.size(); i++) {
            RowKey key = tested.get(i);
            RowTest t = tests.get(i);
            Verdict v = verdicts.get(i);
            String note = t.note();
            if (v == Verdict.INCONCLUSIVE && t.provisional() != Verdict.INCONCLUSIVE) {
                note = "beyond the threshold, but not significant after Benjamini-Hochberg over the " + candidates
                        + " rows beyond it (rank p " + fmt(t.rankP()) + ", Welch p " + fmt(t.pValue()) + ")";
            }
            if (t.approximate() && note.isEmpty()) {
                note = "approximate: no raw samples (CSV), standard error from JMH's error bar";
            }
            done.put(
                    key,
                    new RowComparison(key, Optional.of(b.get(key)), Optional.of(c.get(key)), Optional.of(t), v, note));
        }
        List<String> differences = machineDifferences(base, candidate);
        return new Comparison(base, candidate, options, new ArrayList<>(done.values()), curves(b, c), differences);
    }

    private static String fmt(double p) {
        return String.format(java.util.Locale.ROOT, "%.2g", p);
    }

    private long seed(RowKey key) {
        return options.seed() * 31 + key.id().hashCode();
    }

    /** Primary rows by key; a key seen twice (a run that repeats a row) keeps its first row. */
    private Map<RowKey, JmhRow> index(Run run) {
        Map<RowKey, JmhRow> rows = new TreeMap<>();
        for (JmhRow row : run.rows()) {
            if (row.primary()) {
                Map<String, String> params = new TreeMap<>(row.params());
                params.remove(CoresAxis.DEFAULT_PARAM);
                rows.putIfAbsent(new RowKey(row.benchmark(), row.mode().label(), params, axis.coresOf(row)), row);
            }
        }
        return rows;
    }

    static List<String> machineDifferences(Run base, Run candidate) {
        List<String> d = new ArrayList<>();
        for (String key : MACHINE_KEYS) {
            String a = base.machine().get(key);
            String b = candidate.machine().get(key);
            if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
                d.add(key + " " + a + " vs " + b);
            }
        }
        return d;
    }

    /**
     * Per case and strategy at every core count: speedup against SERIAL at one core on each side, where
     * both sides have both rows (in one mode and unit).
     */
    private List<CurvePoint> curves(Map<RowKey, JmhRow> b, Map<RowKey, JmhRow> c) {
        List<CurvePoint> points = new ArrayList<>();
        for (Map.Entry<RowKey, JmhRow> e : b.entrySet()) {
            RowKey key = e.getKey();
            String strategy = key.strategy();
            if (strategy.isEmpty() || BASELINE.equals(strategy) || !c.containsKey(key)) {
                continue;
            }
            Map<String, String> serialParams = new TreeMap<>(key.params());
            serialParams.put("strategy", BASELINE);
            RowKey serialKey = key.withParams(serialParams, 1);
            JmhRow bs = b.get(serialKey);
            JmhRow cs = c.get(serialKey);
            JmhRow bp = e.getValue();
            JmhRow cp = c.get(key);
            if (bs == null || cs == null || !sameScale(bs, cs, bp, cp)) {
                continue;
            }
            Sample s1b = TimePerOp.sample(bs);
            Sample s1c = TimePerOp.sample(cs);
            Sample spb = TimePerOp.sample(bp);
            Sample spc = TimePerOp.sample(cp);
            double baseSpeedup = s1b.mean() / spb.mean();
            double newSpeedup = s1c.mean() / spc.mean();
            Stats.Interval interval = efficiencyInterval(s1b, spb, s1c, spc, seed(key));
            boolean regression = interval.below(1 - options.threshold());
            points.add(new CurvePoint(
                    caseName(key),
                    strategy,
                    key.cores(),
                    baseSpeedup,
                    newSpeedup,
                    s1c.mean() / s1b.mean(),
                    spc.mean() / spb.mean(),
                    interval,
                    regression));
        }
        return points;
    }

    private static boolean sameScale(JmhRow... rows) {
        for (JmhRow r : rows) {
            if (r.mode() != rows[0].mode()) {
                return false;
            }
        }
        return true;
    }

    static String caseName(RowKey key) {
        String others = key.otherParams();
        return key.shortName() + (others.isEmpty() ? "" : " (" + others + ")");
    }

    /**
     * Expanded percentile bootstrap interval of E(new)/E(base) = (T1new/Tpnew)/(T1base/Tpbase), all four sides resampled,
     * at the interval level; NaN without raw samples on every side, or with fewer than the rank test needs.
     */
    private Stats.Interval efficiencyInterval(Sample s1b, Sample spb, Sample s1c, Sample spc, long seed) {
        int need = RowTest.forksForRankTest(options.alpha());
        for (Sample s : List.of(s1b, spb, s1c, spc)) {
            if (s.fromSummary() || s.size() < need) {
                return new Stats.Interval(Double.NaN, Double.NaN);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[CompareOptions.RESAMPLES];
        for (int r = 0; r < ratios.length; r++) {
            double eb = Stats.resampledMean(s1b.forks(), random) / Stats.resampledMean(spb.forks(), random);
            double ec = Stats.resampledMean(s1c.forks(), random) / Stats.resampledMean(spc.forks(), random);
            ratios[r] = ec / eb;
        }
        int n = List.of(s1b, spb, s1c, spc).stream()
                .mapToInt(Sample::size)
                .min()
                .orElseThrow();
        return Stats.expandedInterval(ratios, CompareOptions.INTERVAL_LEVEL, n);
    }
}
