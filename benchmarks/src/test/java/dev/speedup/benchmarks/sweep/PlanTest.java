package dev.speedup.benchmarks.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.benchmarks.Catalog;
import dev.speedup.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanTest {
    private static final List<Catalog.Benchmark> ALL = Catalog.all();

    private static Plan plan(Profile profile, int p, String regex) {
        return Plan.of(ALL, profile, List.of(p), regex, List.of(), true);
    }

    private static List<String> names(Plan plan) {
        return plan.steps().stream().map(Plan.Step::name).toList();
    }

    @Test
    void oneCoreMeasuresEveryStrategyAndMoreCoresAllButSerial() {
        assertEquals(Arrays.stream(Strategy.values()).map(Strategy::name).toList(), Plan.strategiesAt(1));
        List<String> four = Plan.strategiesAt(4);
        for (Strategy s : Strategy.values()) {
            assertEquals(s != Strategy.SERIAL, four.contains(s.name()), s.name());
        }
        assertEquals(List.of(PythonPi.SERIAL, PythonPi.POOL), Plan.pythonStrategiesAt(1));
        assertEquals(List.of(PythonPi.POOL), Plan.pythonStrategiesAt(2));
    }

    @Test
    void everyClassRunsAtOneCoreButOneCoreKernelsNotAbove() {
        List<String> one = names(plan(Profile.QUICK, 1, "."));
        List<String> two = names(plan(Profile.QUICK, 2, "."));
        for (String name : List.of("PiBenchmark", "SquareMapBenchmark", "PoolMapBenchmark", PythonPi.NAME)) {
            assertTrue(one.contains(name), one.toString());
            assertTrue(two.contains(name), two.toString());
        }
        assertTrue(one.contains("KernelBenchmark"), one.toString());
        assertFalse(two.contains("KernelBenchmark"), two.toString());
    }

    @Test
    void aStepAboveOneCoreSetsParallelismAndEveryStrategyButSerial() {
        Plan.Step pi = plan(Profile.SMOKE, 2, "PiBenchmark").steps().get(0);
        assertTrue(pi.jmhParams().contains("parallelism=2"), pi.jmhParams().toString());
        assertTrue(
                pi.jmhParams().contains("strategy=" + String.join(",", Plan.strategiesAt(2))),
                pi.jmhParams().toString());
        assertTrue(pi.jmhParams().contains("steps=1000000"), pi.jmhParams().toString());
        // smoke leaves `loop` at its @Param defaults: every default loop runs for every strategy
        assertEquals((Strategy.values().length - 1) * piLoops(), pi.combinations());
    }

    @Test
    void includeRegexNamesOnlyMatchingMethodsExactly() {
        Plan.Step step =
                plan(Profile.QUICK, 1, "SquareMapBenchmark.square").steps().get(0);
        assertEquals("SquareMapBenchmark", step.name());
        Pattern include = Pattern.compile(step.include());
        assertTrue(include.matcher("dev.speedup.benchmarks.SquareMapBenchmark.squareMap")
                .matches());
        assertFalse(include.matcher("dev.speedup.benchmarks.SquareMapBenchmark.arraycopy")
                .matches());
    }

    @Test
    void combinationsCountTheValuesTheProfileSets() {
        Catalog.Benchmark pi = ALL.stream()
                .filter(b -> b.name().endsWith("PiBenchmark.pi"))
                .findFirst()
                .orElseThrow();
        long strategies = Strategy.values().length;
        long steps = pi.params().get("steps").size();
        long partitions = pi.params().get("partition").size();
        long loops = piLoops();
        assertEquals(strategies * steps * partitions * loops, Plan.combinations(pi, Map.of()));
        assertEquals(2 * 1 * partitions * loops, Plan.combinations(pi, Map.of("strategy", 2, "steps", 1)));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void everyProfileNamesOnlyClassesAndParamsTheJarHas(Profile profile) {
        Plan.checkProfile(ALL, profile);
    }

    @Test
    void aProfileNamingAnUnknownParamOrClassIsRefused() {
        List<Catalog.Benchmark> withoutLoop = new ArrayList<>();
        for (Catalog.Benchmark b : ALL) {
            Map<String, List<String>> params = new TreeMap<>(b.params());
            params.remove("loop");
            withoutLoop.add(new Catalog.Benchmark(b.name(), b.className(), b.method(), params));
        }
        IllegalArgumentException param =
                assertThrows(IllegalArgumentException.class, () -> Plan.checkProfile(withoutLoop, Profile.FULL));
        assertEquals("profile full sets PiBenchmark:loop, which that benchmark does not have", param.getMessage());
        List<Catalog.Benchmark> withoutPi = ALL.stream()
                .filter(b -> !b.simpleClassName().equals("PiBenchmark"))
                .toList();
        IllegalArgumentException type =
                assertThrows(IllegalArgumentException.class, () -> Plan.checkProfile(withoutPi, Profile.CI));
        assertTrue(type.getMessage().contains("PiBenchmark, which is not a benchmark in this jar"), type.getMessage());
    }

    @Test
    void theCiProfileHasFiveForksOfFiveIterationsAndFitsSevenMinutesOnTwoCores() {
        Profile.Timing timing = Profile.CI.timing();
        assertTrue(timing.forks() >= 5 && timing.iterations() >= 5, timing.toString());
        Plan plan = Plan.of(ALL, Profile.CI, List.of(1, 2), ".", List.of(), true);
        assertTrue(plan.estimateMs() <= 7 * 60_000, plan.estimateMs() + " ms");
        assertEquals(
                List.of("PiBenchmark", "PoolMapBenchmark", "SquareMapBenchmark"),
                names(plan).stream().distinct().toList());
    }

    @Test
    void aStrategyOfEveryStepComesFromTheEnumNotFromTheProfile() {
        for (Profile profile : Profile.values()) {
            for (Profile.ParamValues param : profile.params()) {
                assertFalse(
                        param.name().equals(Catalog.STRATEGY) || param.name().equals(Catalog.PARALLELISM),
                        profile + " sets " + param.name() + ": the sweep sets it per p");
            }
        }
    }

    @Test
    void aParamAfterDashesReplacesTheProfilesAndIsCountedInTheCombinations() {
        Plan plan = Plan.of(
                ALL,
                Profile.SMOKE,
                List.of(2),
                "PiBenchmark",
                List.of("-p", "steps=1000,2000", "-p", "strategy=FORK_JOIN"),
                false);
        Plan.Step pi = plan.steps().get(0);
        assertEquals(List.of("partition=BLOCK", "parallelism=2"), pi.jmhParams());
        assertEquals(List.of("FORK_JOIN"), pi.strategies());
        assertEquals(2 * piLoops(), pi.combinations());
    }

    @Test
    void parallelismAfterDashesIsRefusedBecauseTheSweepSetsIt() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Plan.of(ALL, Profile.SMOKE, List.of(1), ".", List.of("-p", "parallelism=3"), false));
        assertTrue(e.getMessage().contains("parallelism"), e.getMessage());
    }

    /** How many values PiBenchmark's {@code loop} @Param has by default, as the jar lists them. */
    private static int piLoops() {
        return ALL.stream()
                .filter(b -> b.name().endsWith("PiBenchmark.pi"))
                .findFirst()
                .orElseThrow()
                .params()
                .get("loop")
                .size();
    }
}
