package dev.speedup.core.lecture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ProducerConsumerDemoTest {
    private static final int PRODUCERS = 4;
    private static final int CONSUMERS = 4;
    private static final int ITEMS = 100_000;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void theLecturesEmptyCheckQuitsBeforeALateProducerAndLosesItsItems() throws InterruptedException {
        // 300 ms is far longer than a thread start: the consumer sees the empty queue every time.
        ProducerConsumerDemo.RaceResult race = ProducerConsumerDemo.runEmptyCheckRace(20, 300, 1);
        assertTrue(race.consumerQuitNanos() < race.firstPutNanos(), "the consumer should quit before the first item");
        assertEquals(0, race.consumed());
        assertEquals(20, race.lost());
        assertEquals(20, race.leftInQueue(), "the lost items are the ones left in the queue");
    }

    @RepeatedTest(4)
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void poisonPillsEndEveryConsumerWithEveryItemConsumedExactlyOnce() throws InterruptedException {
        ProducerConsumerDemo.PillResult r = ProducerConsumerDemo.runWithPoisonPill(PRODUCERS, CONSUMERS, ITEMS, 1024);
        assertArrayEquals(LongStream.range(0, (long) PRODUCERS * ITEMS).toArray(), r.producedSorted());
        assertArrayEquals(r.producedSorted(), r.consumedSorted());
        assertTrue(r.everyItemConsumedExactlyOnce());
        assertEquals(PRODUCERS * ITEMS, Arrays.stream(r.perConsumer()).sum());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void poisonPillsWorkThroughAQueueOfOneSlot() throws InterruptedException {
        // Capacity one makes every put wait for a take: the most hand-offs, the most chances to hang.
        ProducerConsumerDemo.PillResult r = ProducerConsumerDemo.runWithPoisonPill(PRODUCERS, CONSUMERS, ITEMS / 10, 1);
        assertTrue(r.everyItemConsumedExactlyOnce());
        assertEquals(PRODUCERS * ITEMS / 10, r.consumedSorted().length);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void itemsThroughAPipeToAForkedJvmAreEachConsumedOnceAndClosingThePipeEndsIt() throws InterruptedException {
        ProducerConsumerDemo.PipeResult r = ProducerConsumerDemo.runThroughForkedJvm(PRODUCERS, ITEMS, 1000);
        assertArrayEquals(LongStream.range(0, (long) PRODUCERS * ITEMS).toArray(), r.producedSorted());
        assertArrayEquals(r.producedSorted(), r.consumedSorted());
        assertTrue(r.childPid() != ProcessHandle.current().pid(), "the consumer must be another process");
        assertTrue(r.childEnded(), "the forked consumer should exit once its pipe is closed");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void moreConsumersThanProducersStillAllStop() throws InterruptedException {
        ProducerConsumerDemo.PillResult r = ProducerConsumerDemo.runWithPoisonPill(1, 6, ITEMS, 64);
        assertTrue(r.everyItemConsumedExactlyOnce());
        assertEquals(6, r.perConsumer().length);
    }
}
