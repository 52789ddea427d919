package dev.speedup.core.kernel;

/**
 * The midpoint rule for pi = integral of 4/(1+x^2) over [0, 1]: step i of n has height
 * 4/(1+x^2) at x = (i+0.5)/n, and pi is the sum of the heights times 1/n.
 *
 * <p>The sum functions return the <em>unscaled</em> sum of heights over the indices
 * {@code first, first+stride, ... < end}, so a strategy can add partial sums of any partition
 * (contiguous blocks use stride 1; the lecture's strided partition gives worker r the indices
 * i = r mod p) and scale once by 1/n at the end.
 */
public final class MidpointPi {
    /** Independent accumulators in the tuned loop: enough to hide the latency of a double add. */
    private static final int LANES = 4;
    /** Indices per int-counted inner loop; far below Integer.MAX_VALUE so k * stride never overflows. */
    private static final int BLOCK = 1 << 28;

    private MidpointPi() {}

    /** pi with n steps, the naive loop over all of them. */
    public static double naive(long steps) {
        return naiveSum(0, steps, 1, steps) / steps;
    }

    /** pi with n steps, the tuned loop over all of them. */
    public static double tuned(long steps) {
        return tunedSum(0, steps, 1, steps) / steps;
    }

    /**
     * The lecture's loop: one accumulator, a long counter. Every add waits for the previous
     * one, and C2 compiles long-counted loops less well than int-counted ones.
     */
    public static double naiveSum(long first, long end, long stride, long steps) {
        Args.stridedRange(first, end, stride, steps);
        double width = 1.0 / steps;
        double sum = 0.0;
        if (stride == 1) {
            // The lecture's block loop, written as a person writes it: i++ over a range.
            for (long i = first; i < end; i++) {
                double x = (i + 0.5) * width;
                sum += 4.0 / (1.0 + x * x);
            }
            return sum;
        }
        // The lecture's strided loop, range(rank, n, p): a stride C2 cannot prove constant.
        for (long i = first; i < end; i += stride) {
            double x = (i + 0.5) * width;
            sum += 4.0 / (1.0 + x * x);
        }
        return sum;
    }

    /**
     * The same sum with {@value #LANES} independent accumulators and an int-counted inner loop,
     * so consecutive adds do not form one serial dependency chain. The order of the additions
     * differs from {@link #naiveSum}, so the last bits may too.
     */
    public static double tunedSum(long first, long end, long stride, long steps) {
        Args.stridedRange(first, end, stride, steps);
        double width = 1.0 / steps;
        double gap = stride;
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        long i = first;
        while (i < end) {
            long remaining = (end - i + stride - 1) / stride;
            int count = (int) Math.min(remaining, BLOCK);
            // Midpoints are whole numbers plus 0.5 (exact in a double below 2^52), so x is
            // bit-for-bit the x of the naive loop: only the order of the additions differs.
            double mid = i + 0.5;
            int k = 0;
            for (; k <= count - LANES; k += LANES) {
                double xa = mid * width;
                double xb = (mid + gap) * width;
                double xc = (mid + 2 * gap) * width;
                double xd = (mid + 3 * gap) * width;
                s0 += 4.0 / (1.0 + xa * xa);
                s1 += 4.0 / (1.0 + xb * xb);
                s2 += 4.0 / (1.0 + xc * xc);
                s3 += 4.0 / (1.0 + xd * xd);
                mid += LANES * gap;
            }
            for (; k < count; k++) {
                double x = mid * width;
                s0 += 4.0 / (1.0 + x * x);
                mid += gap;
            }
            i += (long) count * stride;
        }
        return (s0 + s1) + (s2 + s3);
    }
}
