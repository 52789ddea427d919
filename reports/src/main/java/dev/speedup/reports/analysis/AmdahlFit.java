package dev.speedup.reports.analysis;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Amdahl's law fitted by least squares of 1/S on 1/p: 1/S = f + k·(1/p). The intercept f is the
 * serial fraction (of the baseline's one-core time) that no core count removes; 1/f is the
 * ceiling on speedup the fit predicts.
 */
public record AmdahlFit(double serialFraction, double slope, double rSquared, int points) {

    /** The speedup the fit predicts for infinitely many cores; infinite when f ≤ 0 (superlinear). */
    public double ceiling() {
        return serialFraction > 0 ? 1 / serialFraction : Double.POSITIVE_INFINITY;
    }

    /**
     * Why the fit should not be read as Amdahl's law, or empty: overhead can make f exceed 1, and a
     * superlinear speedup (caches) makes it negative.
     */
    public String caveat() {
        if (serialFraction >= 1) {
            return "f ≥ 1: slower than the baseline at any core count; overhead, not a serial fraction";
        }
        if (serialFraction <= 0) {
            return "f ≤ 0: superlinear speedup; the fit predicts no ceiling";
        }
        if (rSquared < 0.9) {
            return "poor fit (R² < 0.9): Amdahl's law does not describe this scaling";
        }
        return "";
    }

    /** Fits when there are two or more usable points above one core (else a line says nothing). */
    public static Optional<AmdahlFit> of(List<Point> points, Basis basis) {
        SimpleRegression regression = new SimpleRegression(true);
        int above1 = 0;
        int used = 0;
        for (Point p : points) {
            double s = p.speedup(basis);
            if (Double.isFinite(s) && s > 0) {
                regression.addData(1.0 / p.cores(), 1.0 / s);
                used++;
                if (p.cores() > 1) {
                    above1++;
                }
            }
        }
        if (above1 < 2) {
            return Optional.empty();
        }
        return Optional.of(
                new AmdahlFit(regression.getIntercept(), regression.getSlope(), regression.getRSquare(), used));
    }
}
