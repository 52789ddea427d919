package dev.speedup.core.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JDK-8330017: on JDKs before 17.0.17 / 21.0.8 a plain {@code ForkJoinPool(2)} running tiny
 * parallel streams in a loop parks all its workers forever after a few hundred thousand calls
 * (150 000 to 410 000 on the dev machine, JDK 17.0.15). The engines' pools are built so that
 * cannot happen; this loop would hang without that (see {@link DedicatedForkJoinPool}).
 */
class ForkJoinPoolHangTest {
    private static final int CALLS = 600_000;

    @ParameterizedTest
    @EnumSource(
            value = Strategy.class,
            names = {"FORK_JOIN", "PARALLEL_STREAM"})
    void manyTinyCallsNeverParkThePoolForever(Strategy strategy) {
        double[] in = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] out = new double[in.length];
        try (ParallelEngine engine = strategy.create(2)) {
            assertTimeoutPreemptively(
                    Duration.ofSeconds(60),
                    () -> {
                        for (int call = 0; call < CALLS; call++) {
                            engine.squareMap(in, out);
                        }
                    },
                    () -> strategy + " hung: its ForkJoinPool parked every worker (JDK-8330017)");
            assertArrayEquals(new double[] {1, 4, 9, 16, 25, 36, 49, 64}, out);
        }
    }
}
