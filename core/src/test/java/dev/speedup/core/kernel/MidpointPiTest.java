package dev.speedup.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MidpointPiTest {

    @ParameterizedTest
    @ValueSource(longs = {1_000_000, 10_000_000, 100_000_000})
    void naiveLoopIsWithin1e12OfPi(long steps) {
        assertEquals(Math.PI, MidpointPi.naive(steps), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(longs = {1_000_000, 10_000_000, 100_000_000})
    void tunedLoopIsWithin1e12OfPi(long steps) {
        assertEquals(Math.PI, MidpointPi.tuned(steps), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 7, 8, 9, 1000, 1001, 1003, 65_537, 1_000_003})
    void tunedLoopAgreesWithNaiveLoop(long steps) {
        assertEquals(MidpointPi.naive(steps), MidpointPi.tuned(steps), 1e-12);
        for (long stride : new long[] {2, 3, 8}) {
            for (long first = 0; first < Math.min(stride, steps); first++) {
                double naive = MidpointPi.naiveSum(first, steps, stride, steps) / steps;
                double tuned = MidpointPi.tunedSum(first, steps, stride, steps) / steps;
                assertEquals(naive, tuned, 1e-12, "stride " + stride + " first " + first);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 10, 999, 1_000_003})
    void stridedSharesAddUpToTheWholeSum(long steps) {
        for (int workers : new int[] {1, 2, 3, 8}) {
            double sum = 0;
            for (int w = 0; w < Math.min(workers, steps); w++) {
                sum += MidpointPi.naiveSum(w, steps, workers, steps);
            }
            assertEquals(MidpointPi.naive(steps), sum / steps, 1e-12, "workers " + workers);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 10})
    void fewStepsGiveTheMidpointRuleByHand(long steps) {
        double expected = 0;
        for (int i = 0; i < steps; i++) {
            double x = (i + 0.5) / steps;
            expected += 4 / (1 + x * x);
        }
        assertEquals(expected / steps, MidpointPi.naive(steps), 1e-15);
        assertTrue(Math.abs(MidpointPi.naive(steps) - Math.PI) < 0.1);
    }

    @org.junit.jupiter.api.Test
    void badArgumentsAreRejectedByName() {
        assertMessageNames("steps", () -> MidpointPi.naive(0));
        assertMessageNames("steps", () -> MidpointPi.tuned(-1));
        assertMessageNames("stride", () -> MidpointPi.naiveSum(0, 10, 0, 10));
        assertMessageNames("range", () -> MidpointPi.tunedSum(5, 11, 1, 10));
        assertMessageNames("range", () -> MidpointPi.tunedSum(-1, 5, 1, 10));
    }

    static void assertMessageNames(String name, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(name), () -> "message should name " + name + ": " + e.getMessage());
    }
}
