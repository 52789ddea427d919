package dev.speedup.core.lecture;

import dev.speedup.core.forked.ForkedWorkerPool;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The lecture's daemon example, with child JVMs so the JVM's exit can be timed: a daemon worker
 * does not keep its JVM alive after {@code main} returns; a non-daemon worker does, until it ends.
 * And like the lecture's daemon processes, forked workers die with their parent, even on kill -9.
 */
public final class DaemonDemo {
    static final String MAIN_ENDED = "main ended";
    static final String WORKER_ENDED = "worker ended";
    static final String POOL_PIDS = "pids ";

    private DaemonDemo() {}

    /**
     * One child JVM, timed from the parent.
     *
     * @param daemon        whether the child's worker thread was a daemon
     * @param workerMillis  how long the worker sleeps
     * @param lingerNanos   from the child saying its {@code main} ended until the child process exited
     * @param workerEnded   whether the worker got to say it ended
     */
    public record Child(boolean daemon, long workerMillis, long lingerNanos, boolean workerEnded, int exitCode) {}

    public record Result(Child daemon, Child nonDaemon) {}

    /**
     * A child JVM with a {@link ForkedWorkerPool}, killed with SIGKILL (no shutdown hook runs).
     *
     * @param goneAfterNanos per worker, how long after the parent's death it was gone; -1 if it outlived the wait
     */
    public record ForkedWorkers(long parentPid, List<Long> workerPids, List<Long> goneAfterNanos) {
        public boolean allDiedWithTheirParent() {
            return !goneAfterNanos.isEmpty() && goneAfterNanos.stream().allMatch(n -> n >= 0);
        }
    }

    public static Result run() throws IOException, InterruptedException {
        return run(1000);
    }

    /** Runs the two children at once, so the demo takes one worker sleep, not two. */
    public static Result run(long workerMillis) throws IOException, InterruptedException {
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            Future<Child> daemon = both.submit(() -> runChild(true, workerMillis));
            Future<Child> nonDaemon = both.submit(() -> runChild(false, workerMillis));
            return new Result(daemon.get(), nonDaemon.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("child JVM failed", e.getCause());
        } finally {
            both.shutdown();
        }
    }

    static Child runChild(boolean daemon, long workerMillis) throws IOException, InterruptedException {
        Process process = ChildJvm.start(WorkerChild.class, Boolean.toString(daemon), Long.toString(workerMillis));
        process.getOutputStream().close();
        long mainEndedAt = -1;
        boolean workerEnded = false;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals(MAIN_ENDED)) {
                    mainEndedAt = System.nanoTime();
                } else if (line.equals(WORKER_ENDED)) {
                    workerEnded = true;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // Ten times the worker's sleep is far more than any healthy child needs.
        if (!process.waitFor(10 * workerMillis + 10_000, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("child JVM did not exit");
        }
        long exitedAt = System.nanoTime();
        if (mainEndedAt < 0) {
            throw new IllegalStateException(
                    "child JVM never reported the end of main, exit code " + process.exitValue());
        }
        return new Child(daemon, workerMillis, exitedAt - mainEndedAt, workerEnded, process.exitValue());
    }

    /** Starts a child JVM holding a pool of {@code workers} forked JVMs, kills it, and times its workers' deaths. */
    public static ForkedWorkers runForkedWorkersDieWithParent(int workers) throws IOException, InterruptedException {
        Process parent = ChildJvm.start(PoolParent.class, Integer.toString(workers));
        parent.getOutputStream().close();
        List<Long> pids = new ArrayList<>();
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(POOL_PIDS)) {
                    Arrays.stream(line.substring(POOL_PIDS.length()).split(","))
                            .map(Long::valueOf)
                            .forEach(pids::add);
                    break;
                }
            }
        } finally {
            // SIGKILL: the parent gets no chance to close its pool; only the pipes closing tell the workers.
            parent.destroyForcibly();
            parent.waitFor();
        }
        if (pids.isEmpty()) {
            throw new IllegalStateException(
                    "the pool's parent JVM never reported its workers, exit code " + parent.exitValue());
        }
        List<Long> gone = new ArrayList<>();
        for (long pid : pids) {
            gone.add(Processes.awaitGone(pid, 10_000));
        }
        return new ForkedWorkers(parent.pid(), List.copyOf(pids), List.copyOf(gone));
    }

    /** The child JVM's {@code main}: {@code workers}. Starts a forked pool, says its pids, then waits to be killed. */
    public static final class PoolParent {
        private PoolParent() {}

        public static void main(String[] args) throws InterruptedException {
            ForkedWorkerPool pool = ForkedWorkerPool.start(Integer.parseInt(args[0]));
            StringBuilder pids = new StringBuilder(POOL_PIDS);
            for (long pid : pool.pids()) {
                pids.append(pids.length() == POOL_PIDS.length() ? "" : ",").append(pid);
            }
            System.out.println(pids);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** The child JVM's {@code main}: {@code daemon workerMillis}. Starts the worker, then returns at once. */
    public static final class WorkerChild {
        private WorkerChild() {}

        public static void main(String[] args) {
            boolean daemon = Boolean.parseBoolean(args[0]);
            long workerMillis = Long.parseLong(args[1]);
            Thread worker = new Thread(
                    () -> {
                        Times.sleep(workerMillis);
                        System.out.println(WORKER_ENDED);
                        System.out.flush();
                    },
                    daemon ? "daemon-worker" : "worker");
            worker.setDaemon(daemon);
            worker.start();
            System.out.println(MAIN_ENDED);
            System.out.flush();
        }
    }

    public static void print(Result r, java.io.PrintStream out) {
        out.printf(
                "two child JVMs; in each, main starts a worker that sleeps %d ms, then main returns:%n",
                r.daemon().workerMillis());
        for (Child child : List.of(r.daemon(), r.nonDaemon())) {
            out.printf(
                    "  %-18s JVM exited %s after main ended; worker %s%n",
                    child.daemon() ? "daemon worker:" : "non-daemon worker:",
                    Times.ms(child.lingerNanos()),
                    child.workerEnded() ? "finished its sleep" : "was killed mid-sleep");
        }
        out.println("  a daemon thread does not keep the JVM alive; a non-daemon thread does, until it ends.");
    }

    public static void printForked(ForkedWorkers r, java.io.PrintStream out) {
        out.printf(
                "a child JVM (pid %d) with forked workers %s, killed with SIGKILL:%n", r.parentPid(), r.workerPids());
        for (int k = 0; k < r.workerPids().size(); k++) {
            long gone = r.goneAfterNanos().get(k);
            out.printf(
                    "  worker %d %s%n",
                    r.workerPids().get(k),
                    gone >= 0 ? "was gone " + Times.ms(gone) + " after its parent died" : "OUTLIVED its parent");
        }
        out.println("  like the lecture's daemon processes, forked workers die with their parent.");
    }
}
