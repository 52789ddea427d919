package dev.speedup.core.strategy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** close() keeps ParallelEngine's contract: it never returns quietly while a thread of the engine is alive. */
@Timeout(120)
class CloseContractTest {

    private static Optional<Thread> threadNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(prefix) && t.isAlive())
                .findFirst();
    }

    @Test
    void threadsEngineCloseFailsLoudlyWhenAThreadOutlivesTheGrace() throws Exception {
        ThreadsEngine engine = new ThreadsEngine(1, Duration.ofMillis(200));
        Thread caller = new Thread(() -> {
            try {
                engine.pi(2_000_000_000L, Partition.BLOCK, PiLoop.TUNED); // seconds of work
            } catch (RuntimeException interrupted) {
                // expected: the caller gives up, its thread does not
            }
        });
        caller.start();
        Thread worker = null;
        for (int i = 0; i < 3000 && worker == null; i++) {
            worker = threadNamed("speedup-THREADS-").orElse(null);
            Thread.sleep(10);
        }
        assertTrue(worker != null, "the engine never started its thread");
        caller.interrupt();
        caller.join();
        IllegalStateException e = assertThrows(IllegalStateException.class, engine::close);
        assertTrue(e.getMessage().contains("still running"), e.getMessage());
        worker.join(); // let it finish its sum before the next test
    }
}
