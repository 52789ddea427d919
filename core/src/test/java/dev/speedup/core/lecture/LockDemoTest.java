package dev.speedup.core.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LockDemoTest {
    private static final long UNIT_MILLIS = 30;
    private static LockDemo.Result result;

    @BeforeAll
    static void runTheDemoOnce() throws InterruptedException {
        result = LockDemo.run(9, LockDemo.LECTURE_SEED, UNIT_MILLIS);
    }

    @Test
    void theLectureSeedDrawsTheLecturesSleeps() {
        assertEquals(9, result.sleepsMillis().size());
        assertEquals(32 * UNIT_MILLIS, result.sumMillis());
        assertEquals(10 * UNIT_MILLIS, result.longestMillis());
    }

    @Test
    void lockHeldAcrossWorkSerializesTheWorkers() {
        assertTrue(
                Times.millis(result.heldNanos()) >= 0.9 * result.sumMillis(),
                () -> "held " + Times.ms(result.heldNanos()) + ", sum " + result.sumMillis() + " ms");
    }

    @Test
    void lockReleasedBeforeWorkLetsTheWorkersOverlap() {
        double released = Times.millis(result.releasedNanos());
        assertTrue(
                released < 0.5 * result.sumMillis(), () -> "released " + released + " ms, sum " + result.sumMillis());
        assertTrue(released >= 0.9 * result.longestMillis(), () -> "released " + released + " ms");
    }

    @Test
    void heldOverReleasedIsNearTheLecturesRatio() {
        // The lecture: 32 s / 10 s. Anything above 2 is the lesson; noise only pulls the ratio down.
        assertTrue(result.heldOverReleased() > 2.0, () -> "ratio " + result.heldOverReleased());
    }
}
