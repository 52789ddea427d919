package dev.speedup.reports.compare;

import dev.speedup.reports.analysis.Point;
import java.util.Locale;

/**
 * One point of a speedup curve compared: a case and strategy at p cores, with speedup, efficiency
 * and Karp–Flatt serial fraction on each side, and the change in speedup split into its two parts,
 * the serial 1-core time and the parallel time, so a faster serial baseline is not read as a
 * parallel regression. {@code efficiency} is the bootstrap interval of E(new)/E(base) when both
 * sides have raw samples.
 */
public record CurvePoint(
        String caseName,
        String strategy,
        int cores,
        double baseSpeedup,
        double newSpeedup,
        double serialChange,
        double parallelChange,
        Stats.Interval efficiency,
        boolean efficiencyRegression) {

    public double baseEfficiency() {
        return baseSpeedup / cores;
    }

    public double newEfficiency() {
        return newSpeedup / cores;
    }

    public double baseSerialFraction() {
        return Point.karpFlatt(baseSpeedup, cores);
    }

    public double newSerialFraction() {
        return Point.karpFlatt(newSpeedup, cores);
    }

    /** One plain sentence: how speedup changed and which part moved it. */
    public String reading(double threshold) {
        double change = newSpeedup / baseSpeedup - 1;
        if (Math.abs(change) < threshold) {
            return String.format(Locale.ROOT, "speedup about the same (%+.0f %%)", change * 100);
        }
        String serial = part("serial 1-core time", serialChange);
        String parallel = part("time at " + cores + " cores", parallelChange);
        boolean serialMoved = Math.abs(Math.log(serialChange)) >= Math.abs(Math.log(parallelChange));
        return String.format(
                Locale.ROOT,
                "speedup %s %.0f %%, mostly because the %s (%s)",
                change < 0 ? "fell" : "rose",
                Math.abs(change) * 100,
                serialMoved ? serial : parallel,
                serialMoved ? parallel : serial);
    }

    private static String part(String what, double ratio) {
        return String.format(
                Locale.ROOT,
                "%s %s %.0f %%",
                what,
                ratio >= 1 ? "got slower by" : "got faster by",
                Math.abs(ratio - 1) * 100);
    }
}
