package dev.speedup.reports.analysis;

import java.util.List;
import java.util.Optional;

/** One strategy of a case across core counts, ascending, with its Amdahl fit on the case's basis. */
public record Series(String strategy, String label, List<Point> points, Optional<AmdahlFit> fit) {
    public Series {
        points = List.copyOf(points);
    }

    public Optional<Point> at(int cores) {
        return points.stream().filter(p -> p.cores() == cores).findFirst();
    }

    public int maxCores() {
        return points.get(points.size() - 1).cores();
    }
}
