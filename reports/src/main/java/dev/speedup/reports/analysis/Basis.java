package dev.speedup.reports.analysis;

/** What a speedup is measured against; every table and chart says which one it shows. */
public enum Basis {
    /** T_baseline(1) / T(p): against the SERIAL strategy on one core. */
    ABSOLUTE("speedup vs SERIAL at 1 core"),
    /** T_s(1) / T_s(p): against the same strategy on one core. */
    SELF("self-relative speedup (vs same strategy at 1 core)");

    private final String description;

    Basis(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
