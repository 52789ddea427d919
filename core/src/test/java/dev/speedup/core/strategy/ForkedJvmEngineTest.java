package dev.speedup.core.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import dev.speedup.core.kernel.SquareMap;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What only FORKED_JVM has to get right: inputs larger than one frame go in pieces and still match. */
@Timeout(120)
class ForkedJvmEngineTest {
    private static final int BEYOND_ONE_FRAME = ForkedJvmEngine.MAX_FRAME_ELEMENTS + 5;

    @Test
    void squareMapOfABlockLargerThanOneFrameMatchesSerialExactly() {
        double[] in =
                new SplittableRandom(11).doubles(BEYOND_ONE_FRAME, -1e3, 1e3).toArray();
        double[] expected = new double[in.length];
        SquareMap.apply(in, expected);
        double[] actual = new double[in.length];
        try (ParallelEngine engine = Strategy.FORKED_JVM.create(1)) {
            engine.squareMap(in, actual);
        }
        assertArrayEquals(expected, actual);
    }

    @Test
    void poolMapWithOneChunkLargerThanAFrameMatchesSerialExactly() {
        double[] in = new SplittableRandom(12)
                .doubles(BEYOND_ONE_FRAME + 100, -1e3, 1e3)
                .toArray();
        PoolFunction f = new PoolFunction(3);
        double[] expected = new double[in.length];
        PoolMap.apply(f, in, expected);
        double[] actual = new double[in.length];
        try (ParallelEngine engine = Strategy.FORKED_JVM.create(2)) {
            engine.poolMap(f, in, actual, BEYOND_ONE_FRAME);
        }
        assertArrayEquals(expected, actual);
    }

    @Test
    void poolMapOfAMillionOneElementChunksMatchesSerialExactly() {
        double[] in = new SplittableRandom(13).doubles(1_000_000, -1e3, 1e3).toArray();
        double[] expected = new double[in.length];
        PoolMap.apply(PoolFunction.plusTen(), in, expected);
        double[] actual = new double[in.length];
        try (ParallelEngine engine = Strategy.FORKED_JVM.create(2)) {
            engine.poolMap(PoolFunction.plusTen(), in, actual, 1);
        }
        assertArrayEquals(expected, actual);
    }
}
