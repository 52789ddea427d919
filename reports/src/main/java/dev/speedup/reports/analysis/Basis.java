package dev.speedup.reports.analysis;

/**
 * What a speedup is measured against; every table and chart says which one it shows, naming the
 * case's baseline strategy (SERIAL unless {@code --baseline} or the benchmark's reading says else).
 */
public enum Basis {
    /** T_baseline(1) / T(p): against the baseline strategy on one core. */
    ABSOLUTE,
    /** T_s(1) / T_s(p): against the same strategy on one core. */
    SELF;

    /** {@code speedup vs SERIAL at 1 core}: a chart subtitle or table caption. */
    public String description(String baseline) {
        return this == ABSOLUTE
                ? "speedup vs " + baseline + " at 1 core"
                : "self-relative speedup (vs same strategy at 1 core)";
    }

    /** {@code vs SERIAL(1)}: a short column label. */
    public String shortLabel(String baseline) {
        return this == ABSOLUTE ? "vs " + baseline + "(1)" : "self-relative";
    }

    /** A speedup axis label. */
    public String axisLabel(String baseline) {
        return this == ABSOLUTE ? "speedup vs " + baseline + " at 1 core" : "self-relative speedup";
    }
}
