package dev.speedup.benchmarks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lecture benchmarks' own checks pass on what really ran and throw on a wrong answer: a lost
 * critical entry, two workers inside one lock, a lost or extra item, a round that did not pass.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LectureBenchmarksCatchWrongAnswersTest {

    @ParameterizedTest
    @EnumSource(LockScopeBenchmark.LockKind.class)
    void lockScopeCountsEveryCriticalEntryAndCatchesOverlap(LockScopeBenchmark.LockKind lock) throws Exception {
        for (LockScopeBenchmark.Scope scope : LockScopeBenchmark.Scope.values()) {
            LockScopeBenchmark b = new LockScopeBenchmark();
            b.lock = lock;
            b.critical = 50;
            b.scope = scope;
            b.parallelism = 2;
            b.tasks = 16;
            b.tokens = 1000;
            b.open();
            try {
                b.forget();
                assertThrows(IllegalStateException.class, b::verify, "no operation ran: must fail");
                b.run();
                b.run();
                assertDoesNotThrow(b::verify);
                b.guard.entries--;
                assertThrows(IllegalStateException.class, b::verify);
                b.guard.entries++;
                b.guard.overlapped = true;
                assertThrows(IllegalStateException.class, b::verify);
            } finally {
                b.close();
            }
        }
    }

    @Test
    void lockScopeWithNothingCriticalTakesNoLock() throws Exception {
        LockScopeBenchmark b = new LockScopeBenchmark();
        b.lock = LockScopeBenchmark.LockKind.FAIR;
        b.critical = 0;
        b.scope = LockScopeBenchmark.Scope.INTERLEAVED;
        b.parallelism = 2;
        b.tasks = 8;
        b.tokens = 1000;
        b.open();
        try {
            b.forget();
            b.run();
            assertDoesNotThrow(b::verify);
        } finally {
            b.close();
        }
    }

    @ParameterizedTest
    @EnumSource(ProducerConsumerBenchmark.QueueKind.class)
    void queueRejectsALostItemAndOneLeftBehind(ProducerConsumerBenchmark.QueueKind queue) throws Exception {
        ProducerConsumerBenchmark.Queues s = new ProducerConsumerBenchmark.Queues();
        s.queue = queue;
        s.producers = 2;
        s.consumers = 2;
        s.capacity = 16;
        s.parallelism = 1;
        s.open();
        try {
            s.forget();
            assertThrows(IllegalStateException.class, s::verify, "no operation ran: must fail");
            new ProducerConsumerBenchmark().queue(s);
            assertDoesNotThrow(s::verify);
            s.last -= 7; // item 7 lost
            assertThrows(IllegalStateException.class, s::verify);
            new ProducerConsumerBenchmark().queue(s);
            s.items.add(3L); // an item nobody took
            assertThrows(IllegalStateException.class, s::verify);
        } finally {
            s.close();
        }
    }

    @Test
    void forkedPipeRejectsALostItem() {
        ProducerConsumerBenchmark.Pipe s = new ProducerConsumerBenchmark.Pipe();
        s.batch = 1000;
        s.parallelism = 1;
        s.open();
        try {
            s.forget();
            assertThrows(IllegalStateException.class, s::verify, "no operation ran: must fail");
            new ProducerConsumerBenchmark().forkedPipe(s);
            assertDoesNotThrow(s::verify);
            s.last -= 42;
            assertThrows(IllegalStateException.class, s::verify);
        } finally {
            s.close();
        }
    }

    @ParameterizedTest
    @EnumSource(BarrierBenchmark.BarrierKind.class)
    void barrierPassesEveryRoundAndRejectsAMissingOne(BarrierBenchmark.BarrierKind kind) throws Exception {
        for (int parties = 1; parties <= 3; parties++) {
            BarrierBenchmark b = new BarrierBenchmark();
            b.barrier = kind;
            b.parallelism = parties;
            b.open(); // also checks that no party ever runs a round ahead
            try {
                b.forget();
                assertThrows(IllegalStateException.class, b::verify, "no operation ran: must fail");
                b.rounds();
                assertDoesNotThrow(b::verify);
                b.last--;
                assertThrows(IllegalStateException.class, b::verify);
            } finally {
                b.close();
            }
        }
    }
}
