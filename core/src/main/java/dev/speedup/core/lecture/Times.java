package dev.speedup.core.lecture;

/** Wall-clock helpers shared by the demos: the lecture's {@code time.sleep} and millisecond formatting. */
final class Times {
    private Times() {}

    /**
     * Sleeps like the lecture's {@code time.sleep}; an interrupt ends the sleep early and stays set,
     * so a demo thread can use it inside a {@code Runnable}.
     */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** Milliseconds, three decimals below 10 ms, else one; always with a dot: output must not depend on the locale. */
    static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, nanos < 10_000_000 ? "%.3f ms" : "%.1f ms", millis(nanos));
    }

    /** Whole-number values as Python prints a list of ints: {@code [11, 12, 13]}. */
    static String ints(double[] values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append((long) values[i]);
        }
        return s.append(']').toString();
    }

    /** The median of a few timings: one slow outlier on a shared machine must not set the figure. */
    static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
