package dev.speedup.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.core.kernel.PoolFunction;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EngineLifecycleTest {

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void noThreadOfTheEngineIsAliveAfterClose(Strategy strategy) {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        ParallelEngine engine = strategy.create(4);
        exerciseEveryWorkload(engine);
        engine.close();
        List<String> leaked = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .filter(t -> t.getName().startsWith("speedup-") || !t.isDaemon())
                .map(Thread::getName)
                .collect(Collectors.toList());
        assertEquals(List.of(), leaked, strategy + " left threads running after close()");
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void closeIsIdempotentAndLaterCallsFailClearly(Strategy strategy) {
        ParallelEngine engine = strategy.create(2);
        engine.close();
        engine.close();
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> engine.pi(1000, Partition.BLOCK, PiLoop.TUNED));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> engine.squareMap(new double[3], new double[3]));
        assertThrows(IllegalStateException.class, engine::dispatchEmptyUnits);
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void engineReportsItsStrategyAndParallelism(Strategy strategy) {
        try (ParallelEngine engine = strategy.create(3)) {
            assertEquals(strategy, engine.strategy());
            assertEquals(3, engine.parallelism());
        }
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void engineIsReusableAcrossManyCalls(Strategy strategy) {
        try (ParallelEngine engine = strategy.create(2)) {
            for (int call = 0; call < 50; call++) {
                assertEquals(Math.PI, engine.pi(100_000, Partition.STRIDED, PiLoop.TUNED), 1e-9);
            }
        }
    }

    @Test
    void poolThreadsAreNamedAfterTheirStrategy() {
        try (ParallelEngine engine = Strategy.EXECUTOR.create(2)) {
            engine.squareMap(new double[10], new double[10]);
            // A fixed pool keeps its threads between calls, so they can be seen now.
            boolean named = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().startsWith("speedup-EXECUTOR-"));
            assertTrue(named, "no speedup-EXECUTOR-* thread found");
        }
    }

    private static void exerciseEveryWorkload(ParallelEngine engine) {
        engine.pi(200_000, Partition.BLOCK, PiLoop.TUNED);
        engine.pi(200_000, Partition.STRIDED, PiLoop.NAIVE);
        for (PiLoop loop : PiLoop.available()) {
            engine.pi(200_000, Partition.STRIDED, loop);
        }
        engine.dispatchEmptyUnits();
        double[] in = new double[100_000];
        engine.squareMap(in, new double[in.length]);
        engine.poolMap(PoolFunction.plusTen(), in, new double[in.length], 100);
    }
}
