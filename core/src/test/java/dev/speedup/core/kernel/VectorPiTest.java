package dev.speedup.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.speedup.core.strategy.PiLoop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SIMD loop gives the tuned loop's sum for every range, stride and tail length. Skipped, with
 * the reason, in a JVM without the Vector API module (the build's surefire adds it).
 */
class VectorPiTest {

    @BeforeAll
    static void needsTheVectorModule() {
        assumeTrue(PiLoop.VECTOR.isAvailable(), PiLoop.VECTOR.unavailableReason());
    }

    @ParameterizedTest
    @ValueSource(longs = {1_000_000, 10_000_000, 100_000_000})
    void vectorLoopIsWithin1e12OfPi(long steps) {
        assertEquals(Math.PI, VectorPi.sum(0, steps, 1, steps) / steps, 1e-12);
    }

    /** Sizes on both sides of one and two vectors' worth of lanes, so every tail length is met. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 1000, 1003, 65_537, 1_000_003})
    void vectorLoopAgreesWithTunedLoopForEveryStrideAndStart(long steps) {
        for (long stride : new long[] {1, 2, 3, 8, 17}) {
            for (long first = 0; first < Math.min(stride, steps); first++) {
                double tuned = MidpointPi.tunedSum(first, steps, stride, steps) / steps;
                double vector = VectorPi.sum(first, steps, stride, steps) / steps;
                assertEquals(tuned, vector, 1e-12, "stride " + stride + " first " + first);
            }
        }
    }

    @Test
    void aRangeInsideTheIndexSpaceSumsOnlyItsOwnSteps() {
        long steps = 10_000;
        double whole = VectorPi.sum(0, steps, 1, steps);
        double parts = VectorPi.sum(0, 4321, 1, steps) + VectorPi.sum(4321, steps, 1, steps);
        assertEquals(whole, parts, 1e-9);
        assertEquals(0.0, VectorPi.sum(7, 7, 1, steps), 0.0);
    }

    @Test
    void badArgumentsAreRejectedByName() {
        MidpointPiTest.assertMessageNames("stride", () -> VectorPi.sum(0, 10, 0, 10));
        MidpointPiTest.assertMessageNames("range", () -> VectorPi.sum(5, 11, 1, 10));
    }

    @Test
    void aVectorHoldsAtLeastTwoDoubles() {
        assertTrue(VectorPi.lanes() >= 2, "lanes " + VectorPi.lanes());
    }
}
