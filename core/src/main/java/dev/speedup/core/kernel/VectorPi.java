package dev.speedup.core.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MidpointPi}'s sum with the Vector API: each lane of a SIMD register holds one midpoint,
 * so one {@code div} instruction computes as many heights as the CPU has double lanes.
 *
 * <p>The only class that names {@code jdk.incubator.vector}: it is loaded the first time
 * {@code PiLoop.VECTOR} runs, so the rest of core runs on a JVM started without
 * {@code --add-modules jdk.incubator.vector} (or one whose image lacks the module).
 */
public final class VectorPi {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    /** Vector iterations per int-counted inner loop, as in {@link MidpointPi#tunedSum}. */
    private static final int BLOCK = 1 << 26;

    private VectorPi() {}

    /** Doubles per vector on this CPU (8 with AVX-512, 4 with AVX2, 2 with SSE or NEON). */
    public static int lanes() {
        return SPECIES.length();
    }

    /**
     * The unscaled sum of heights over {@code first, first+stride, ... < end}, as
     * {@link MidpointPi#tunedSum}. Lane k of the first accumulator starts at index
     * {@code first + k*stride}, the second accumulator's lanes continue after the first's, and every
     * lane steps by {@code 2*lanes*stride}: a strided share costs what a contiguous one does.
     * Midpoints stay whole numbers plus 0.5, exact in a double, so x is the naive loop's x; the
     * height uses one fused multiply-add ({@code x*x + 1} rounded once), and the additions are in
     * another order, so the last bits differ from the other loops'.
     */
    public static double sum(long first, long end, long stride, long steps) {
        Args.stridedRange(first, end, stride, steps);
        int lanes = SPECIES.length();
        double width = 1.0 / steps;
        long count = (end - first + stride - 1) / stride;
        long pairs = count / (2L * lanes);
        double sum = 0.0;
        long i = first;
        while (pairs > 0) {
            int n = (int) Math.min(pairs, BLOCK);
            sum += vectorBlock(i, n, stride, width);
            i += (long) n * 2 * lanes * stride;
            pairs -= n;
        }
        for (; i < end; i += stride) {
            double x = (i + 0.5) * width;
            sum += 4.0 / Math.fma(x, x, 1.0);
        }
        return sum;
    }

    /**
     * {@code pairs} pairs of vectors from index {@code first} on. Its own method, with the vectors
     * living inside one int-counted loop: with an outer loop around them C2 kept every vector in a
     * heap box (1.5 ns/step instead of 0.12 on the dev box).
     */
    private static double vectorBlock(long first, int pairs, long stride, double width) {
        int lanes = SPECIES.length();
        double[] offsets = new double[lanes];
        for (int k = 0; k < lanes; k++) {
            offsets[k] = (double) k * stride;
        }
        DoubleVector mid0 = DoubleVector.fromArray(SPECIES, offsets, 0).add(first + 0.5);
        DoubleVector mid1 = mid0.add((double) lanes * stride);
        double step = 2.0 * lanes * stride;
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        DoubleVector four = DoubleVector.broadcast(SPECIES, 4.0);
        // Two accumulators: the add of one pair waits on the previous add, not on the other's.
        DoubleVector acc0 = DoubleVector.zero(SPECIES);
        DoubleVector acc1 = DoubleVector.zero(SPECIES);
        for (int k = 0; k < pairs; k++) {
            DoubleVector x0 = mid0.mul(width);
            DoubleVector x1 = mid1.mul(width);
            acc0 = acc0.add(four.div(x0.fma(x0, one)));
            acc1 = acc1.add(four.div(x1.fma(x1, one)));
            mid0 = mid0.add(step);
            mid1 = mid1.add(step);
        }
        // The lanes in lane order, not reduceLanes (whose order is unspecified): the same bits every time.
        double sum = 0.0;
        for (double lane : acc0.add(acc1).toArray()) {
            sum += lane;
        }
        return sum;
    }
}
