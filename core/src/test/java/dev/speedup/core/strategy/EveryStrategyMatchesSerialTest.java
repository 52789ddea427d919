package dev.speedup.core.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speedup.core.kernel.PoolFunction;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every strategy, at every parallelism, gives SERIAL's answer: exactly for the maps, within 1e-12
 * for pi. Sizes are the edges where splitting goes wrong: 0, 1, p-1, p, p+1, both sides of the
 * fork/join thresholds and of chunk boundaries, and one large size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryStrategyMatchesSerialTest {
    private static final int[] PARALLELISMS = {1, 2, 3, 8};
    private static final int LARGE = 1_000_003;

    private ParallelEngine serial;

    @BeforeAll
    void openSerial() {
        serial = Strategy.SERIAL.create(1);
    }

    @AfterAll
    void closeSerial() {
        serial.close();
    }

    static Stream<Arguments> strategiesAndParallelisms() {
        return Arrays.stream(Strategy.values())
                .flatMap(s -> Arrays.stream(PARALLELISMS).mapToObj(p -> Arguments.of(s, p)));
    }

    /** Sizes around every place a strategy's splitting changes, for p workers. */
    static TreeSet<Long> edgeSizes(int p, long minGrain) {
        TreeSet<Long> sizes = new TreeSet<>();
        long manyLeaves = (long) ForkJoinEngine.LEAVES_PER_WORKER * p * minGrain;
        for (long centre : new long[] {0, 1, p, minGrain, 2 * minGrain, manyLeaves}) {
            for (long delta = -1; delta <= 1; delta++) {
                if (centre + delta >= 0) {
                    sizes.add(centre + delta);
                }
            }
        }
        sizes.add((long) LARGE);
        return sizes;
    }

    @ParameterizedTest(name = "{0} p={1}")
    @MethodSource("strategiesAndParallelisms")
    void piMatchesSerialForEveryPartitionAndLoop(Strategy strategy, int p) {
        try (ParallelEngine engine = strategy.create(p)) {
            for (long steps : edgeSizes(p, ForkJoinEngine.PI_MIN_GRAIN)) {
                if (steps == 0) {
                    continue; // the midpoint rule needs at least one step
                }
                for (PiLoop loop : PiLoop.values()) {
                    if (!loop.isAvailable()) {
                        System.out.println("skipped: " + loop.unavailableReason());
                        continue;
                    }
                    double expected = serial.pi(steps, Partition.BLOCK, loop);
                    for (Partition partition : Partition.values()) {
                        assertEquals(
                                expected,
                                engine.pi(steps, partition, loop),
                                1e-12,
                                () -> strategy + " p=" + p + " steps=" + steps + " " + partition + " " + loop);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} p={1}")
    @MethodSource("strategiesAndParallelisms")
    void piGivesTheSameBitsEveryTime(Strategy strategy, int p) {
        try (ParallelEngine engine = strategy.create(p)) {
            for (PiLoop loop : PiLoop.available()) {
                for (Partition partition : Partition.values()) {
                    double first = engine.pi(LARGE, partition, loop);
                    for (int repeat = 0; repeat < 5; repeat++) {
                        assertEquals(
                                Double.doubleToRawLongBits(first),
                                Double.doubleToRawLongBits(engine.pi(LARGE, partition, loop)),
                                () -> strategy + " " + partition + " " + loop);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} p={1}")
    @MethodSource("strategiesAndParallelisms")
    void emptyDispatchRunsEachOfThePUnitsOnce(Strategy strategy, int p) {
        try (ParallelEngine engine = strategy.create(p)) {
            for (int repeat = 0; repeat < 3; repeat++) {
                // Unit w answers w + 1: a unit lost or run twice changes the sum 1 + 2 + ... + p.
                assertEquals((long) p * (p + 1) / 2, engine.dispatchEmptyUnits(), () -> strategy + " p=" + p);
            }
        }
    }

    @ParameterizedTest(name = "{0} p={1}")
    @MethodSource("strategiesAndParallelisms")
    void squareMapMatchesSerialExactly(Strategy strategy, int p) {
        try (ParallelEngine engine = strategy.create(p)) {
            for (long size : edgeSizes(p, ForkJoinEngine.MAP_MIN_GRAIN)) {
                double[] in = randomInput((int) size);
                double[] expected = new double[in.length];
                serial.squareMap(in, expected);
                double[] actual = new double[in.length];
                engine.squareMap(in, actual);
                assertArrayEquals(expected, actual, () -> strategy + " p=" + p + " size=" + size);
            }
        }
    }

    @ParameterizedTest(name = "{0} p={1}")
    @MethodSource("strategiesAndParallelisms")
    void poolMapMatchesSerialExactlyForEveryChunkSize(Strategy strategy, int p) {
        try (ParallelEngine engine = strategy.create(p)) {
            for (int chunk : new int[] {1, 3, 7, 1000}) {
                for (PoolFunction f : new PoolFunction[] {PoolFunction.plusTen(), new PoolFunction(25)}) {
                    TreeSet<Long> sizes = edgeSizes(p, 1);
                    for (long k : new long[] {1, 2, p, p + 1L}) {
                        sizes.add(k * chunk - 1);
                        sizes.add(k * chunk);
                        sizes.add(k * chunk + 1);
                    }
                    sizes.remove((long) LARGE); // one large size per chunk is enough below
                    sizes.add(chunk == 1000 ? LARGE : 20_011L);
                    for (long size : sizes) {
                        double[] in = randomInput((int) size);
                        double[] expected = new double[in.length];
                        serial.poolMap(f, in, expected, chunk);
                        double[] actual = new double[in.length];
                        engine.poolMap(f, in, actual, chunk);
                        assertArrayEquals(
                                expected,
                                actual,
                                () -> strategy + " p=" + p + " size=" + size + " chunk=" + chunk + " " + f);
                    }
                }
            }
        }
    }

    private static double[] randomInput(int size) {
        return new SplittableRandom(size).doubles(size, -1e3, 1e3).toArray();
    }
}
