package dev.speedup.benchmarks.sweep;

/** Durations as a person reads them on a progress line. */
final class Durations {
    private Durations() {}

    /** Seconds as {@code 45s}, {@code 3m05s} or {@code 2h10m}. */
    static String format(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format("%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
