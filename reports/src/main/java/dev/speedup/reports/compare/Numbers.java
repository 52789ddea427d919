package dev.speedup.reports.compare;

import java.util.Locale;

/** Number formats shared by the compare outputs; NaN prints as {@code n/a}. */
final class Numbers {
    private Numbers() {}

    static String ratio(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3f", x);
    }

    static String percent(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%+.1f %%", (ratio - 1) * 100);
    }

    static String p(double p) {
        return Double.isNaN(p) ? "n/a" : String.format(Locale.ROOT, "%.2g", p);
    }

    /** A score in its own unit: four significant digits, never a 300-digit number. */
    static String score(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        double a = Math.abs(x);
        return a != 0 && (a >= 1e7 || a < 1e-3)
                ? String.format(Locale.ROOT, "%.4g", x)
                : String.format(Locale.ROOT, "%.4f", x).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
