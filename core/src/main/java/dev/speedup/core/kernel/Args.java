package dev.speedup.core.kernel;

/** Argument checks shared by kernels and strategies; every message names the offending argument. */
public final class Args {
    private Args() {}

    public static long nonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        }
        return value;
    }

    public static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + value);
        }
        return value;
    }

    public static long positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + value);
        }
        return value;
    }

    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** Checks a map's input and output arrays: both present, same length, not the same array. */
    public static void mapArrays(double[] in, double[] out) {
        notNull("in", in);
        notNull("out", out);
        if (in.length != out.length) {
            throw new IllegalArgumentException("out must have the length of in (" + in.length + "), was " + out.length);
        }
        if (in == out) {
            // The input stays intact so every result can be verified against it.
            throw new IllegalArgumentException("out must be a different array from in");
        }
    }

    /** Checks a map's input and output memory: both present, same length, not the same memory. */
    public static void mapArrays(Doubles in, Doubles out) {
        notNull("in", in);
        notNull("out", out);
        if (in.length() != out.length()) {
            throw new IllegalArgumentException(
                    "out must have the length of in (" + in.length() + "), was " + out.length());
        }
        if (in == out) {
            throw new IllegalArgumentException("out must be a different array from in");
        }
    }

    /** Checks a midpoint-sum range: {@code steps, stride >= 1} and {@code [first, end)} within {@code [0, steps)}. */
    public static void stridedRange(long first, long end, long stride, long steps) {
        positive("steps", steps);
        positive("stride", stride);
        if (first < 0 || end < first || end > steps) {
            throw new IllegalArgumentException(
                    "range [first, end) = [" + first + ", " + end + ") must lie within [0, steps=" + steps + ")");
        }
    }

    /** Checks {@code [lo, hi)} lies within {@code [0, length)}. */
    public static void range(int lo, int hi, int length) {
        if (lo < 0 || hi < lo || hi > length) {
            throw new IllegalArgumentException(
                    "range [lo, hi) = [" + lo + ", " + hi + ") must lie within [0, " + length + ")");
        }
    }
}
