package dev.speedup.core.strategy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.core.kernel.PoolFunction;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InvalidArgumentsTest {

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void parallelismBelowOneIsRejectedByName(Strategy strategy) {
        assertNames("parallelism", () -> strategy.create(0));
        assertNames("parallelism", () -> strategy.create(-3));
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void everyBadWorkloadArgumentIsRejectedByName(Strategy strategy) {
        double[] five = new double[5];
        try (ParallelEngine engine = strategy.create(2)) {
            assertNames("steps", () -> engine.pi(-1, Partition.BLOCK, PiLoop.TUNED));
            assertNames("steps", () -> engine.pi(0, Partition.BLOCK, PiLoop.TUNED));
            assertNames("partition", () -> engine.pi(10, null, PiLoop.TUNED));
            assertNames("loop", () -> engine.pi(10, Partition.BLOCK, null));
            assertNames("in", () -> engine.squareMap(null, five));
            assertNames("out", () -> engine.squareMap(five, null));
            assertNames("length", () -> engine.squareMap(five, new double[6]));
            assertNames("f", () -> engine.poolMap(null, five, new double[5], 1));
            assertNames("in", () -> engine.poolMap(PoolFunction.plusTen(), null, five, 1));
            assertNames("length", () -> engine.poolMap(PoolFunction.plusTen(), five, new double[4], 1));
            assertNames("chunk", () -> engine.poolMap(PoolFunction.plusTen(), five, new double[5], 0));
            assertNames("chunk", () -> engine.poolMap(PoolFunction.plusTen(), new double[0], new double[0], -1));
        }
    }

    private static void assertNames(String argument, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(argument), () -> "expected '" + argument + "' in: " + e.getMessage());
    }
}
