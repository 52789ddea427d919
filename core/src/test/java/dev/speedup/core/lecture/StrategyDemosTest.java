package dev.speedup.core.lecture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.core.strategy.Strategy;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StrategyDemosTest {

    @Test
    void poolMapGivesElevenToTwentyThroughEveryStrategy() {
        PoolMapDemo.Result r = PoolMapDemo.run(2);
        assertEquals(
                Arrays.asList(Strategy.values()),
                r.rows().stream().map(PoolMapDemo.Row::strategy).toList());
        for (PoolMapDemo.Row row : r.rows()) {
            assertEquals(
                    "[11, 12, 13, 14, 15, 16, 17, 18, 19, 20]",
                    Times.ints(row.out()),
                    row.strategy().name());
        }
    }

    @Test
    void poolMapUsesPythonsDefaultChunksize() {
        assertEquals(2, PoolMapDemo.pythonChunksize(10, 2));
        assertEquals(1, PoolMapDemo.pythonChunksize(3, 4));
        assertEquals(7, PoolMapDemo.pythonChunksize(100, 4));
    }

    @Test
    void squareMapGivesTheSquaresOfZeroToNinetyNineThroughEveryStrategy() {
        SquareMapDemo.Result r = SquareMapDemo.run(100, 4);
        double[] squares =
                IntStream.range(0, 100).mapToDouble(i -> (double) i * i).toArray();
        assertEquals(Strategy.values().length, r.rows().size());
        for (SquareMapDemo.Row row : r.rows()) {
            assertArrayEquals(squares, row.out(), row.strategy().name());
        }
    }

    @Test
    void piComesOutRightThroughEveryStrategyWithBothTimes() {
        PiDemo.Result r = PiDemo.run(1_000_000, 2, 3);
        assertEquals(Strategy.values().length, r.rows().size());
        for (PiDemo.Row row : r.rows()) {
            assertEquals(Math.PI, row.pi(), 1e-10, row.strategy().name());
            assertTrue(row.medianNanos() > 0, row.strategy().name());
        }
        assertEquals(1.0, r.row(Strategy.SERIAL).speedup(), 1e-12, "SERIAL is the speedup's denominator");
    }
}
