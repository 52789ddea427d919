package dev.speedup.core.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.core.forked.SharedDoubles;
import dev.speedup.core.kernel.Doubles;
import dev.speedup.core.kernel.HeapDoubles;
import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import dev.speedup.core.kernel.SquareMap;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Maps on arrays from {@link ParallelEngine#allocate}, and FORKED_JVM's shared memory, its staging and its fallback. */
@Timeout(120)
class SharedMemoryEngineTest {
    /** Big enough for FORKED_JVM to stage heap arrays through shared memory, and odd. */
    private static final int STAGED = ForkedJvmEngine.SHARED_MIN_ELEMENTS * 3 + 7;

    private static final PoolFunction SKEWED = PoolFunction.skewed(3, 100, 0.01);

    private static double[] input(int n) {
        return new SplittableRandom(n).doubles(n).toArray();
    }

    private static double[] squares(double[] in) {
        double[] out = new double[in.length];
        SquareMap.apply(in, out);
        return out;
    }

    private static double[] mapped(PoolFunction f, double[] in) {
        double[] out = new double[in.length];
        PoolMap.apply(f, in, out);
        return out;
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void everyStrategyMapsArraysFromItsOwnAllocateLikeSerial(Strategy strategy) {
        double[] in = input(STAGED);
        try (ParallelEngine engine = strategy.create(2);
                Doubles shared = engine.allocate(in.length);
                Doubles out = engine.allocate(in.length)) {
            shared.copyFrom(in);
            out.fill(Double.NaN);
            engine.squareMap(shared, out);
            double[] back = new double[in.length];
            out.copyTo(back);
            assertArrayEquals(squares(in), back, strategy + " squareMap");
            out.fill(Double.NaN);
            engine.poolMap(SKEWED, shared, out, 1000);
            out.copyTo(back);
            assertArrayEquals(mapped(SKEWED, in), back, strategy + " poolMap");
            assertEquals(
                    strategy == Strategy.FORKED_JVM,
                    shared instanceof SharedDoubles,
                    "FORKED_JVM allocates shared memory, the others the heap they share already");
        }
    }

    @Test
    void forkedHeapArraysBigAndSmallMatchSerial() {
        try (ParallelEngine engine = Strategy.FORKED_JVM.create(2)) {
            for (int n : new int[] {1, 1000, STAGED}) {
                double[] in = input(n);
                double[] out = new double[n];
                engine.squareMap(in, out);
                assertArrayEquals(squares(in), out, "squareMap " + n);
                engine.poolMap(SKEWED, in, out, 777);
                assertArrayEquals(mapped(SKEWED, in), out, "poolMap " + n);
            }
        }
    }

    @Test
    void forkedSharedArraysFromAnotherEngineWorkToo() {
        double[] in = input(5000);
        try (ParallelEngine maker = Strategy.FORKED_JVM.create(1);
                ParallelEngine user = Strategy.FORKED_JVM.create(2);
                Doubles a = maker.allocate(in.length);
                Doubles b = maker.allocate(in.length)) {
            a.copyFrom(in);
            user.squareMap(a, b);
            double[] back = new double[in.length];
            b.copyTo(back);
            assertArrayEquals(squares(in), back);
        }
    }

    @Test
    void withoutSharedMemoryForkedFallsBackToPipesWithOneWarningLine(@TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        String before = System.getProperty(SharedDoubles.DIRECTORY_PROPERTY);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setProperty(SharedDoubles.DIRECTORY_PROPERTY, notADirectory.toString());
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ParallelEngine engine = Strategy.FORKED_JVM.create(2)) {
            double[] in = input(STAGED);
            double[] out = new double[in.length];
            engine.squareMap(in, out);
            assertArrayEquals(squares(in), out);
            try (Doubles a = engine.allocate(in.length);
                    Doubles b = engine.allocate(in.length)) {
                assertTrue(a instanceof HeapDoubles, a.getClass().getName());
                a.copyFrom(in);
                engine.poolMap(SKEWED, a, b, 100);
                b.copyTo(out);
                assertArrayEquals(mapped(SKEWED, in), out);
            }
        } finally {
            System.setErr(err);
            if (before == null) {
                System.clearProperty(SharedDoubles.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(SharedDoubles.DIRECTORY_PROPERTY, before);
            }
        }
        List<String> lines = Arrays.stream(
                        captured.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(l -> !l.isBlank())
                .collect(Collectors.toList());
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(
                lines.get(0).startsWith("speedup: FORKED_JVM cannot use shared memory in " + notADirectory),
                lines.get(0));
        assertTrue(lines.get(0).endsWith("its maps go through pipes"), lines.get(0));
    }
}
