package dev.speedup.benchmarks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.speedup.core.strategy.Partition;
import dev.speedup.core.strategy.PiLoop;
import dev.speedup.core.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each benchmark's own check passes on the answer its strategy really computed and throws on a
 * wrong one, for every strategy: a benchmark must never time a wrong answer quietly.
 */
class BenchmarksCatchWrongAnswersTest {
    private static final int P = 2;

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void piAcceptsTheRightAnswerAndRejectsAWrongOne(Strategy strategy) {
        for (PiLoop loop : PiLoop.available()) {
            for (Partition partition : Partition.values()) {
                PiBenchmark b = new PiBenchmark();
                b.strategy = strategy;
                b.parallelism = P;
                b.steps = 100_000;
                b.partition = partition;
                b.loop = loop;
                b.open();
                try {
                    b.forget();
                    assertThrows(IllegalStateException.class, b::verify, "no call ran: NaN must fail");
                    b.pi();
                    assertDoesNotThrow(b::verify);
                    b.last += 4.0 / b.steps; // one step counted twice
                    assertThrows(IllegalStateException.class, b::verify);
                } finally {
                    b.close();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void squareMapRejectsAnElementLeftUnwritten(Strategy strategy) {
        for (Memory memory : Memory.values()) {
            SquareMapBenchmark.Engines s = new SquareMapBenchmark.Engines();
            s.strategy = strategy;
            s.parallelism = P;
            s.size = 10_000;
            s.memory = memory;
            s.open();
            try {
                s.poison();
                new SquareMapBenchmark().squareMap(s);
                assertDoesNotThrow(s::verify);
                s.poison();
                new SquareMapBenchmark().squareMap(s);
                if (s.sharedOut != null) {
                    s.sharedOut.put(s.size - 1, new double[] {Double.NaN}, 0, 1);
                } else {
                    s.out[s.size - 1] = Double.NaN;
                }
                assertThrows(IllegalStateException.class, s::verify, memory + " memory");
            } finally {
                s.close();
            }
        }
    }

    @Test
    void arraycopyReferenceRejectsAWrongCopy() throws Exception {
        for (int p = 1; p <= 3; p++) {
            SquareMapBenchmark.Copy c = new SquareMapBenchmark.Copy();
            c.parallelism = p;
            c.size = 1001;
            c.open();
            try {
                c.poison();
                new SquareMapBenchmark().arraycopy(c);
                assertDoesNotThrow(c::verify);
                c.out[500] = -1;
                assertThrows(IllegalStateException.class, c::verify);
            } finally {
                c.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void poolMapRejectsAWrongElement(Strategy strategy) {
        for (Memory memory : Memory.values()) {
            for (int chunk : new int[] {0, 1, 7}) {
                PoolMapBenchmark b = new PoolMapBenchmark();
                b.strategy = strategy;
                b.parallelism = P;
                b.size = 1000;
                b.cost = 10;
                b.chunk = chunk;
                b.skew = chunk == 7 ? 100 : 1;
                b.memory = memory;
                b.open();
                try {
                    b.poison();
                    b.poolMap();
                    assertDoesNotThrow(b::verify);
                    if (b.sharedOut != null) {
                        b.sharedOut.put(3, new double[] {-1.0}, 0, 1);
                    } else {
                        b.out[3] += 1.0;
                    }
                    assertThrows(IllegalStateException.class, b::verify, memory + " memory, chunk " + chunk);
                } finally {
                    b.close();
                }
            }
        }
    }

    @Test
    void kernelChecksEveryLoop() {
        KernelBenchmark b = new KernelBenchmark();
        b.steps = 100_000;
        b.reference();
        b.forget();
        b.naive();
        assertDoesNotThrow(b::verify);
        b.tuned();
        assertDoesNotThrow(b::verify);
        if (PiLoop.VECTOR.isAvailable()) {
            b.vector();
            assertDoesNotThrow(b::verify);
        }
        b.last += 4.0 / b.steps; // one step counted twice
        assertThrows(IllegalStateException.class, b::verify);
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void everyStrategyHasADispatchProbeThatChecksItsAnswer(Strategy strategy) throws Exception {
        for (int p = 1; p <= 3; p++) {
            OverheadBenchmark.Dispatch s = new OverheadBenchmark.Dispatch();
            s.strategy = strategy;
            s.parallelism = p;
            s.open();
            try {
                s.forget();
                assertThrows(IllegalStateException.class, s::verify, "no call ran");
                new OverheadBenchmark().dispatch(s);
                assertDoesNotThrow(s::verify);
                s.last++;
                assertThrows(IllegalStateException.class, s::verify);
            } finally {
                s.close();
            }
        }
    }

    @Test
    void poolMapDefaultChunkIsPythonsFourChunksPerWorker() {
        org.junit.jupiter.api.Assertions.assertEquals(125, PoolMapBenchmark.defaultChunk(1000, 2));
        org.junit.jupiter.api.Assertions.assertEquals(1, PoolMapBenchmark.defaultChunk(3, 4));
        org.junit.jupiter.api.Assertions.assertEquals(84, PoolMapBenchmark.defaultChunk(1000, 3));
    }
}
