package dev.speedup.core.forked;

import dev.speedup.core.kernel.PoolFunction;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parent JVM for the parent-death tests: starts a pool, keeps every worker busy with a long
 * task, prints {@code pids <p1> <p2> ...}, then exits when a line (or the end) arrives on stdin,
 * without closing the pool. With a second argument {@code shared}, the long tasks are pool maps
 * on a {@link SharedDoubles} that every worker has mapped.
 */
public final class PoolParentMain {
    private PoolParentMain() {}

    public static void main(String[] args) throws Exception {
        ForkedWorkerPool pool = ForkedWorkerPool.builder(Integer.parseInt(args[0]))
                .echoStderr(false)
                .start();
        boolean shared = args.length > 1 && args[1].equals("shared");
        List<Task> naps = new ArrayList<>();
        SharedDoubles in = shared ? SharedDoubles.create(1000) : null;
        SharedDoubles out = shared ? SharedDoubles.create(1000) : null;
        for (int w = 0; w < pool.size(); w++) {
            // A billion rounds per element: minutes of work on a mapped slice.
            naps.add(
                    shared
                            ? Task.poolMap(new PoolFunction(1_000_000_000), in, out, w, w + 1)
                            : Task.fault(Fault.SLEEP, 600_000));
        }
        Thread busy = new Thread(() -> pool.invokeAll(naps), "busy");
        busy.setDaemon(true);
        busy.start();
        for (int w = 0; w < pool.size(); w++) {
            int slot = w;
            while (shared
                    ? !mapsSharedMemory(pool.pids().get(slot))
                    : pool.stderrTail(slot).stream().noneMatch(l -> l.contains("fault SLEEP"))) {
                Thread.sleep(10); // every worker is mid-task before the test strikes
            }
        }
        System.out.println("pids " + pool.pids().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        System.exit(0);
    }

    /** Whether the process has one of our shared arrays mapped (the name, now unlinked, shows in its maps). */
    static boolean mapsSharedMemory(long pid) throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "maps"))
                .contains("speedup-shm-");
    }
}
