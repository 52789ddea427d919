package dev.speedup.core.strategy;

import dev.speedup.core.kernel.MidpointPi;

/** Which single-core loop sums the midpoint heights; see {@link MidpointPi}. */
public enum PiLoop {
    /** One accumulator, long counter: the lecture's loop. */
    NAIVE {
        @Override
        public double sum(long first, long end, long stride, long steps) {
            return MidpointPi.naiveSum(first, end, stride, steps);
        }
    },
    /** Four accumulators, int-counted inner loop: the honest single-core baseline. */
    TUNED {
        @Override
        public double sum(long first, long end, long stride, long steps) {
            return MidpointPi.tunedSum(first, end, stride, steps);
        }
    };

    /** The unscaled sum of heights over {@code first, first+stride, ... < end}. */
    public abstract double sum(long first, long end, long stride, long steps);
}
