package dev.speedup.core.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BarrierDemoTest {
    private static final long EARLY = 100;
    private static final long LATE = 400;
    private static BarrierDemo.Result result;

    @BeforeAll
    static void runTheDemoOnce() throws InterruptedException {
        result = BarrierDemo.run(EARLY, LATE);
    }

    @Test
    void everyWorkerPrintsOnce() {
        assertEquals(4, result.printed().size());
    }

    @Test
    void theEarlyWorkerAtTheBarrierWaitsForTheLateOne() {
        BarrierDemo.Worker a = result.worker("A");
        BarrierDemo.Worker b = result.worker("B");
        assertTrue(a.printedNanos() >= b.arrivedNanos(), "A must not pass the barrier before B arrives");
        // Half the gap: under load A's own sleep can end late, shortening its wait, but without the
        // barrier it would not wait at all.
        assertTrue(
                Times.millis(a.waitedNanos()) >= 0.5 * (LATE - EARLY), () -> "A waited " + Times.ms(a.waitedNanos()));
    }

    @Test
    void theLastToArriveAtTheBarrierHardlyWaits() {
        BarrierDemo.Worker b = result.worker("B");
        assertTrue(
                Times.millis(b.waitedNanos()) < 0.25 * (LATE - EARLY), () -> "B waited " + Times.ms(b.waitedNanos()));
    }

    @Test
    void workersWithoutTheBarrierDoNotWait() {
        for (String name : new String[] {"C", "D"}) {
            BarrierDemo.Worker w = result.worker(name);
            assertTrue(
                    Times.millis(w.waitedNanos()) < 0.25 * (LATE - EARLY),
                    () -> name + " waited " + Times.ms(w.waitedNanos()));
        }
        assertTrue(
                result.worker("C").printedNanos() < result.worker("A").printedNanos(),
                "C, arriving with A, should print before A gets past the barrier");
    }
}
