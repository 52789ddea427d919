package dev.speedup.core.lecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Watching other processes by pid, for the demos that show who outlives whom. */
final class Processes {
    private Processes() {}

    /**
     * Waits up to {@code timeoutMillis} for process {@code pid} to be gone and returns how long that
     * took in nanoseconds, or -1 if it is still running. A pid that is already gone returns 0.
     */
    static long awaitGone(long pid, long timeoutMillis) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeoutMillis * 1_000_000;
        while (running(pid)) {
            if (System.nanoTime() > deadline) {
                return -1;
            }
            // Polling: onExit() only works for our own children, and these may be our child's children.
            Thread.sleep(5);
        }
        return System.nanoTime() - start;
    }

    /**
     * Alive and not a zombie: an orphan that has exited stays a zombie until its new parent reaps it,
     * and in a container that parent may never do so, yet the process has ended all the same.
     */
    static boolean running(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String line = Files.readString(stat);
            // The state follows the command name, which is in parentheses and may hold spaces.
            int close = line.lastIndexOf(')');
            return close < 0 || close + 2 >= line.length() || line.charAt(close + 2) != 'Z';
        } catch (IOException e) {
            // No /proc (macOS) or the process went away while we looked: trust isAlive.
            return Files.exists(stat) || !Files.isDirectory(Path.of("/proc"));
        }
    }
}
