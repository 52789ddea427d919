package dev.speedup.reports.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Number formatting for every output, always with a decimal point whatever the JVM's locale, and
 * "n/a" for a value that cannot be known.
 */
public final class Fmt {
    public static final String NA = "n/a";
    // From here on plain notation is unreadable; scientific notation takes over.
    private static final double HUGE = 1e12;

    private Fmt() {}

    /**
     * Two decimals: speedups, efficiencies. Below 0.1, two significant digits instead, so a
     * strategy 300 times slower than serial reads 0.0033, not a meaningless 0.00.
     */
    public static String fixed2(double x) {
        if (!Double.isFinite(x)) {
            return na(x);
        }
        if (x != 0 && Math.abs(x) < 0.1) {
            return sig(x, 2);
        }
        if (Math.abs(x) >= HUGE) {
            return sig(x, 3); // 1E+308, not a 309-digit number
        }
        return String.format(Locale.ROOT, "%.2f", x);
    }

    public static String fixed(double x, int decimals) {
        if (Double.isFinite(x) && Math.abs(x) >= HUGE) {
            return sig(x, 3);
        }
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%." + decimals + "f", x) : na(x);
    }

    /** Four significant digits without exponent for ordinary magnitudes: scores. */
    public static String sig(double x) {
        return sig(x, 4);
    }

    public static String sig(double x, int digits) {
        if (!Double.isFinite(x)) {
            return na(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(digits)).stripTrailingZeros();
        double abs = Math.abs(x);
        return abs >= 1e-4 && abs < 1e12 ? d.toPlainString() : d.toString();
    }

    /** A value and its error, each to significant digits: {@code 12.35 ± 0.21} (the error to two). */
    public static String sigWithError(double value, int digits, double error) {
        return sig(value, digits) + " \u00b1 " + sig(error, 2);
    }

    /** A speedup with its error: {@code 1.92 ± 0.03}, or {@code 1.92 ± n/a} when JMH had no error. */
    public static String withError(double x, double error) {
        if (!Double.isFinite(x)) {
            return NA;
        }
        return fixed2(x) + " \u00b1 " + fixed2(error);
    }

    private static String na(double x) {
        return Double.isInfinite(x) ? (x > 0 ? "\u221e" : "-\u221e") : NA;
    }
}
