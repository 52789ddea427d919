package dev.speedup.core.kernel;

/**
 * The element-wise square-map {@code out[i] = in[i] * in[i]}. One multiply per 16 bytes moved:
 * once the arrays outgrow the last-level cache this kernel is bound by memory bandwidth, not by
 * cores.
 */
public final class SquareMap {
    private SquareMap() {}

    /** Squares every element of {@code in} into {@code out}. */
    public static void apply(double[] in, double[] out) {
        Args.mapArrays(in, out);
        applyRange(in, out, 0, in.length);
    }

    /** Squares {@code in[lo, hi)} into {@code out[lo, hi)}. */
    public static void applyRange(double[] in, double[] out, int lo, int hi) {
        Args.mapArrays(in, out);
        Args.range(lo, hi, in.length);
        for (int i = lo; i < hi; i++) {
            out[i] = square(in[i]);
        }
    }

    /** The element operation, for strategies that iterate elements themselves (parallel streams). */
    public static double square(double x) {
        return x * x;
    }
}
