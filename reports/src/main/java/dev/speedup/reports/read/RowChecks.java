package dev.speedup.reports.read;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The rules a result row must meet whatever file format it came in (JMH's CSV or JSON), so every
 * reader rejects the same nonsense with the same one-line message naming the file and line.
 * {@code line <= 0} means the position is not known (the file as a whole).
 */
public final class RowChecks {
    // Texts Double.parseDouble accepts that are not measurements of anything.
    private static final Pattern NON_FINITE_WORD = Pattern.compile("[+-]?(NaN|Infinity)");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private RowChecks() {}

    /**
     * A primary score is a time or a rate: only a finite number above zero is a measurement (zero
     * gives an infinite speedup, a negative one would be starred as fastest).
     */
    public static double score(Path file, int line, double score) {
        return measurement(file, line, "column \"Score\" (a time or a rate)", score);
    }

    /** The rule of {@link #score} for any format: {@code what} names where the value stood. */
    public static double measurement(Path file, int line, String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw BadInputException.at(file, line, "expected a score above zero in " + what + ", found " + show(value));
        }
        return value;
    }

    /** A secondary result ({@code -prof gc}, percentiles) may be zero or unknown, never infinite. */
    public static double secondaryScore(Path file, int line, double score) {
        if (Double.isInfinite(score)) {
            throw BadInputException.at(
                    file, line, "expected a finite number in column \"Score\", found " + show(score));
        }
        return score;
    }

    /** An error bar is unknown (NaN) or a finite width of zero or more. */
    public static double error(Path file, int line, double error) {
        if (Double.isInfinite(error) || error < 0) {
            throw BadInputException.at(
                    file,
                    line,
                    "expected an error of zero or more (or NaN) in column \"Score Error\", found " + show(error));
        }
        return error;
    }

    /**
     * A primary score's unit must fit its mode ({@code ms/op} for a time, {@code ops/s} for a rate);
     * {@code prefix} starts the message (empty, or where in the file the row stood).
     */
    public static String unit(Path file, int line, String prefix, Mode mode, String unit) {
        if (Units.toBase(mode, unit).isEmpty()) {
            throw BadInputException.at(
                    file,
                    line,
                    prefix + "expected a unit " + Units.expected(mode) + " for mode " + mode.label() + ", found \""
                            + unit + "\"");
        }
        return unit;
    }

    /** JMH's thread count is an int of 1 or more; a wider value must not wrap around silently. */
    public static int threads(Path file, int line, long threads) {
        if (threads < 1 || threads > Integer.MAX_VALUE) {
            throw BadInputException.at(
                    file,
                    line,
                    "expected a thread count from 1 to " + Integer.MAX_VALUE + " in column \"Threads\", found "
                            + threads);
        }
        return (int) threads;
    }

    public static long samples(Path file, int line, long samples) {
        if (samples < 0) {
            throw BadInputException.at(
                    file, line, "expected a sample count of zero or more in column \"Samples\", found " + samples);
        }
        return samples;
    }

    /**
     * A param value that reads as a number must be a finite one: {@code NaN}, {@code Infinity} or
     * {@code 1e999} would sort as the largest size of a family.
     */
    public static String param(Path file, int line, String name, String value) {
        String text = value.trim();
        boolean nonFinite = NON_FINITE_WORD.matcher(text).matches()
                || (DECIMAL.matcher(text).matches() && Double.isInfinite(Double.parseDouble(text)));
        if (nonFinite) {
            throw BadInputException.at(
                    file, line, "expected a finite value in column \"Param: " + name + "\", found \"" + text + "\"");
        }
        return value;
    }

    private static String show(double x) {
        return Double.isNaN(x) ? "NaN" : Double.isInfinite(x) ? (x > 0 ? "infinity" : "-infinity") : Double.toString(x);
    }
}
