package dev.speedup.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.core.strategy.Strategy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SweepPlanTest {

    private static String run(int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SweepPlan.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expectedExit, exit, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    @Test
    void oneCoreMeasuresEveryStrategy() {
        String all = Arrays.stream(Strategy.values()).map(Strategy::name).collect(Collectors.joining(","));
        assertEquals(all, run(0, "strategies", "1"));
    }

    @Test
    void moreCoresMeasureEveryStrategyButSerial() {
        List<String> printed = List.of(run(0, "strategies", "4").split(","));
        for (Strategy s : Strategy.values()) {
            assertEquals(s != Strategy.SERIAL, printed.contains(s.name()), s.name());
        }
        assertEquals(Strategy.values().length - 1, printed.size());
    }

    @Test
    void everyClassRunsAtOneCoreButOneCoreKernelsNotAbove() {
        String one = run(0, "steps", "1", ".");
        String two = run(0, "steps", "2", ".");
        for (String name : List.of("PiBenchmark", "SquareMapBenchmark", "PoolMapBenchmark", "OverheadBenchmark")) {
            assertTrue(one.contains(name + "\t"), one);
            assertTrue(two.contains(name + "\t"), two);
        }
        assertTrue(one.contains("KernelBenchmark\t"), one);
        assertFalse(two.contains("KernelBenchmark"), two);
    }

    @Test
    void includeRegexNamesOnlyMatchingMethodsExactly() {
        String line = run(0, "steps", "1", "SquareMapBenchmark.square");
        String[] fields = line.split("\t");
        assertEquals("SquareMapBenchmark", fields[0]);
        assertTrue("dev.speedup.benchmarks.SquareMapBenchmark.squareMap".matches(fields[1]));
        assertFalse("dev.speedup.benchmarks.SquareMapBenchmark.arraycopy".matches(fields[1]));
    }

    @Test
    void combinationsCountOverridesAndClassOverridesBeatGlobalOnes() {
        Catalog.Benchmark pi = Catalog.all().stream()
                .filter(b -> b.name().endsWith("PiBenchmark.pi"))
                .findFirst()
                .orElseThrow();
        long strategies = Strategy.values().length;
        // strategies x steps (2) x partition (2) x loop (TUNED, VECTOR)
        assertEquals(strategies * 2 * 2 * 2, SweepPlan.configurations(pi, Map.of()));
        Map<String, Integer> overrides = SweepPlan.overrides(
                new String[] {"steps=1,2,3", "PiBenchmark:steps=5", "strategy=A,B", "SquareMapBenchmark:partition=X"});
        assertEquals(2 * 1 * 2 * 2, SweepPlan.configurations(pi, overrides));
    }

    @Test
    void badArgumentsExitTwo() {
        run(2);
        run(2, "strategies", "0");
        run(2, "strategies", "x");
        run(2, "steps", "1");
        run(2, "steps", "1", "[unclosed");
        run(2, "nonsense");
    }
}
