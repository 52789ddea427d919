package dev.speedup.core.forked;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parent JVM for the parent-death tests: starts a pool, keeps every worker busy with a long
 * task, prints {@code pids <p1> <p2> ...}, then exits when a line (or the end) arrives on stdin,
 * without closing the pool.
 */
public final class PoolParentMain {
    private PoolParentMain() {}

    public static void main(String[] args) throws Exception {
        ForkedWorkerPool pool = ForkedWorkerPool.builder(Integer.parseInt(args[0]))
                .echoStderr(false)
                .start();
        List<Task> naps = new ArrayList<>();
        for (int w = 0; w < pool.size(); w++) {
            naps.add(Task.fault(Fault.SLEEP, 600_000));
        }
        Thread busy = new Thread(() -> pool.invokeAll(naps), "busy");
        busy.setDaemon(true);
        busy.start();
        for (int w = 0; w < pool.size(); w++) {
            int slot = w;
            while (pool.stderrTail(slot).stream().noneMatch(l -> l.contains("fault SLEEP"))) {
                Thread.sleep(10); // every worker is mid-task before the test strikes
            }
        }
        System.out.println("pids " + pool.pids().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        System.exit(0);
    }
}
