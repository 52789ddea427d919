package dev.speedup.core.forked;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Process helpers for the tests: liveness that counts a zombie as dead, signals, waiting. */
final class Processes {
    private Processes() {}

    /**
     * Whether a pid is a running process. An orphaned child that exited stays a zombie until some
     * ancestor reaps it, and this container's pid 1 may never do so: a zombie runs nothing, so it is dead.
     */
    static boolean alive(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                char state = stat.charAt(stat.lastIndexOf(')') + 2);
                return state != 'Z' && state != 'X';
            } catch (IOException | RuntimeException e) {
                return false; // gone between the two looks
            }
        }
        return false;
    }

    /** The pids among {@code pids} still alive after waiting up to {@code timeout} for all to end. */
    static List<Long> aliveAfter(Collection<Long> pids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Long> alive;
        do {
            alive = pids.stream().filter(Processes::alive).collect(Collectors.toList());
            if (alive.isEmpty()) {
                return alive;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return alive;
    }

    /** {@code kill -SIGNAL pid}, as a person would type it. */
    static void signal(String signal, long pid) throws IOException, InterruptedException {
        int rc = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                .inheritIO()
                .start()
                .waitFor();
        if (rc != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " exited " + rc);
        }
    }

    /** Kills whatever of {@code pids} is still running: cleanup after a failed test. */
    static void killAll(Collection<Long> pids) {
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** Polls {@code condition} every 10 ms until it holds; false if it did not within the timeout. */
    static boolean eventually(Duration timeout, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
