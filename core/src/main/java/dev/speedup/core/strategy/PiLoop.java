package dev.speedup.core.strategy;

import dev.speedup.core.kernel.MidpointPi;
import dev.speedup.core.kernel.VectorPi;
import java.util.Arrays;
import java.util.List;

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
    },
    /**
     * SIMD lanes through the Vector API ({@link VectorPi}), which needs the incubator module
     * {@code jdk.incubator.vector}: {@code --add-modules jdk.incubator.vector} on the JVM's command line.
     */
    VECTOR {
        @Override
        public double sum(long first, long end, long stride, long steps) {
            if (!VECTOR_MODULE_LOADED) {
                throw new UnsupportedOperationException(unavailableReason());
            }
            // VectorPi, and with it the incubator module's classes, is loaded only here.
            return VectorPi.sum(first, end, stride, steps);
        }

        @Override
        public boolean isAvailable() {
            return VECTOR_MODULE_LOADED;
        }

        @Override
        public String unavailableReason() {
            return VECTOR_MODULE_LOADED
                    ? ""
                    : "loop VECTOR unavailable: this JVM was started without --add-modules jdk.incubator.vector";
        }
    };

    /** The module VECTOR needs; present in the boot layer only when named on the JVM's command line. */
    public static final String VECTOR_MODULE = "jdk.incubator.vector";

    private static final boolean VECTOR_MODULE_LOADED =
            ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();

    /** The unscaled sum of heights over {@code first, first+stride, ... < end}. */
    public abstract double sum(long first, long end, long stride, long steps);

    /** Whether this loop can run in this JVM. */
    public boolean isAvailable() {
        return true;
    }

    /** One line saying why this loop cannot run here; empty when it can. */
    public String unavailableReason() {
        return "";
    }

    /** The loops this JVM can run, in declaration order. */
    public static List<PiLoop> available() {
        return Arrays.stream(values()).filter(PiLoop::isAvailable).toList();
    }
}
