package dev.speedup.benchmarks.sweep;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Stops every process below a root: a step's JVM, JMH's forks and the worker JVMs a
 * {@code FORKED_JVM} strategy starts. A child whose parent dies is re-parented out of the tree, so
 * every process ever seen is kept, and the tree is walked again until nothing new appears.
 */
final class ProcessTree {
    /** Time the JVMs get to run their shutdown hooks (and delete their temp files) before a kill. */
    private static final long GRACE_MS = 5000;

    private ProcessTree() {}

    /** Asks every descendant of {@code root} to stop (SIGTERM), then kills what is left (SIGKILL). */
    static void stopDescendants(ProcessHandle root) {
        Set<ProcessHandle> seen = new LinkedHashSet<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MS);
        while (collect(root, seen) && System.nanoTime() < deadline) {
            seen.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
            Sweep.sleep(100);
        }
        while (collect(root, seen)) {
            seen.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            Sweep.sleep(50);
        }
    }

    /** Adds the live descendants of the root and of every process seen; true while any of them lives. */
    private static boolean collect(ProcessHandle root, Set<ProcessHandle> seen) {
        root.descendants().forEach(seen::add);
        for (ProcessHandle handle : Set.copyOf(seen)) {
            if (handle.isAlive()) {
                handle.descendants().forEach(seen::add);
            }
        }
        return seen.stream().anyMatch(ProcessHandle::isAlive);
    }
}
