package dev.speedup.reports.analysis;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A case analysed: its series, the unit its scores are in, which speedup basis its charts use and
 * whether it had the SERIAL one-core baseline that absolute speedup needs.
 */
public record CaseResult(CaseKey key, String unit, boolean hasBaseline, List<Series> series, List<Best> best) {

    public CaseResult {
        series = List.copyOf(series);
        best = List.copyOf(best);
    }

    /** Absolute speedup when the baseline exists, otherwise self-relative (and labelled so). */
    public Basis basis() {
        return hasBaseline ? Basis.ABSOLUTE : Basis.SELF;
    }

    public List<Integer> cores() {
        TreeSet<Integer> all = new TreeSet<>();
        series.forEach(s -> s.points().forEach(p -> all.add(p.cores())));
        return List.copyOf(all);
    }

    public Optional<Series> series(String strategy) {
        return series.stream().filter(s -> s.strategy().equals(strategy)).findFirst();
    }
}
