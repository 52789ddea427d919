package dev.speedup.core.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ThreadsDemoTest {
    private static ThreadsDemo.Result result;

    @BeforeAll
    static void runTheDemoOnce() throws InterruptedException {
        result = ThreadsDemo.run(10, 50, new long[] {300, 200, 100});
    }

    @Test
    void joiningInsideTheStartLoopRunsTheThreadsOneAfterAnother() {
        long sum = result.threads() * result.sleepMillis();
        assertTrue(
                Times.millis(result.oneLoopNanos()) >= 0.9 * sum,
                () -> "one loop took " + Times.ms(result.oneLoopNanos()));
    }

    @Test
    void startingAllThenJoiningAllOverlapsTheThreads() {
        long sum = result.threads() * result.sleepMillis();
        assertTrue(
                Times.millis(result.allThenAllNanos()) < 0.5 * sum,
                () -> "all-then-all took " + Times.ms(result.allThenAllNanos()) + " for a sum of " + sum + " ms");
    }

    @Test
    void namedThreadsTakeAboutTheLongestSleepNotTheSum() {
        double total = Times.millis(result.namedNanos());
        assertTrue(total >= 0.9 * result.longestNamedSleepMillis(), () -> "total " + total);
        assertTrue(total < 0.75 * result.sumOfNamedSleepsMillis(), () -> "total " + total);
    }

    @Test
    void eachNamedThreadReportsItsOwnName() {
        Map<String, Long> sleepByName = result.named().stream()
                .collect(Collectors.toMap(ThreadsDemo.NamedRun::name, ThreadsDemo.NamedRun::sleepMillis));
        assertEquals(Map.of("function_A", 300L, "function_B", 200L, "function_C", 100L), sleepByName);
    }

    @Test
    void namedThreadsFinishShortestSleepFirstBecauseTheyRunTogether() {
        assertEquals(
                List.of("function_C", "function_B", "function_A"),
                result.named().stream().map(ThreadsDemo.NamedRun::name).toList());
    }
}
