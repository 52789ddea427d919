package dev.speedup.core.forked;

import dev.speedup.core.kernel.Args;
import dev.speedup.core.strategy.PiLoop;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A pool of child JVM worker processes, started once and reused for every call: the JVM's
 * {@code multiprocessing.Pool}. Tasks name a kernel and travel as binary frames over the
 * children's stdin and stdout (see {@link Task}); nothing is shared, every byte is copied.
 *
 * <p>Dispatch: each task goes to the first free worker (see {@link Call}); replies come back in task
 * order. Failures: a worker that dies mid-task (killed, {@code System.exit}, garbage on its
 * channel, a reply it cannot write) is replaced and the task retried once on the fresh worker,
 * under a deadline of its own, then the call fails with a {@link WorkerException}; a task that
 * throws anything, an {@code Error} too, is answered with an error frame and fails the call; when
 * a deadline passes, every worker still busy with the call is killed and replaced. The pool keeps
 * working after each. No write to a child ever blocks a caller or {@code close()}: each child has
 * its own writer thread. Children halt when their stdin ends, so they die with the parent even
 * on {@code kill -9}; a shutdown hook destroys them on normal exit.
 *
 * <p>Measured with {@code ForkedFigures} (test scope) on the 2-vCPU shared dev box (Xeon VM,
 * OpenJDK 17.0.15, load average about 5 from other builds; medians): pool start-up 63 ms for 1
 * worker, 85 ms for 2, 184 ms for 4; spawn-per-task (start, hello, ping, shut down) 89 ms; an
 * empty task's round trip 14.5 us; 8 MiB of doubles there and back 12.2 ms (1.4 GB/s each way);
 * pi at 10^8 steps, p = 2, TUNED, BLOCK: FORKED_JVM 137 ms, THREADS 134 ms, SERIAL 135 ms (the
 * box gave no parallel speedup to either while loaded; pi's IPC is two tiny frames per worker).
 */
public final class ForkedWorkerPool implements AutoCloseable {
    /**
     * Flags every child starts with. Unified logging and the VM's own {@code tty} output go to
     * stderr, so no JVM message can land on the stdout channel. For start-up, measured as child
     * CPU to hello on JDK 17 (medians of 11): the default GC (G1) 40 ms, where {@code +UseSerialGC}
     * costs 60 ms (most likely because JDK 17 uses the CDS archive's pre-built heap objects only with G1; on JDK 25
     * Serial is 3 ms cheaper, not worth a per-version flag); {@code -Xshare:auto} keeps the CDS
     * archive (off: 90 ms) but still starts where there is none; {@code -UsePerfData} is free and
     * leaves no stale {@code /tmp/hsperfdata} file behind a killed worker. {@code TieredStopAtLevel=1}
     * would save 10 ms once per worker but give up C2 for every kernel, so it is not used.
     * {@code --add-modules jdk.incubator.vector} lets a worker run {@code PiLoop.VECTOR}; it is
     * added only where the JDK has the module, since a JVM asked for a missing module does not start.
     * It costs start-up: an empty main, pinned, median of 11, took 60 ms of CPU with it against 30
     * without on JDK 17 (20 on JDK 25), most likely because CDS's archived module graph is used
     * only with the default module options.
     */
    public static final List<String> CHILD_JVM_ARGS = childJvmArgs();

    private static List<String> childJvmArgs() {
        List<String> args = new ArrayList<>(List.of(
                "-Xlog:disable",
                "-Xlog:all=warning:stderr",
                "-XX:+DisplayVMOutputToStderr",
                "-XX:-UsePerfData",
                "-Xshare:auto"));
        // Children run this JVM's java executable, so this JVM's image tells what they can load.
        if (ModuleFinder.ofSystem().find(PiLoop.VECTOR_MODULE).isPresent()) {
            args.add("--add-modules=" + PiLoop.VECTOR_MODULE);
        }
        return List.copyOf(args);
    }

    static final Duration DEFAULT_CALL_DEADLINE = Duration.ofMinutes(10);
    static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final String name;
    private final List<String> command;
    private final Duration callDeadline;
    private final Duration startupTimeout;
    private final PrintStream echo;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger launches = new AtomicInteger();
    /** One call at a time; fair, so callers are served in the order they came. */
    private final ReentrantLock calls = new ReentrantLock(true);
    /** Guards {@code slots} and {@code closed}: no worker is launched once close() has begun. */
    private final Object slotsLock = new Object();

    private final WorkerProcess[] slots;
    private final Thread shutdownHook;
    private boolean closed;
    private volatile int[] lastRanOn = new int[0];

    private ForkedWorkerPool(Builder options) {
        this.name = "speedup-FORKED_JVM-pool" + POOLS.incrementAndGet();
        this.callDeadline = options.callDeadline;
        this.startupTimeout = options.startupTimeout;
        this.echo = options.echoStderr ? System.err : null;
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.addAll(CHILD_JVM_ARGS);
        cmd.addAll(options.jvmArgs);
        cmd.add("-cp");
        cmd.add(options.classPath);
        cmd.add(WorkerMain.class.getName());
        this.command = List.copyOf(cmd);
        this.slots = new WorkerProcess[options.workers];
        this.shutdownHook = new Thread(this::destroyAll, name + "-shutdown-hook");
    }

    /** Starts {@code workers} child JVMs with the default options and waits until each has said hello. */
    public static ForkedWorkerPool start(int workers) {
        return builder(workers).start();
    }

    /** Options for a pool of {@code workers} child JVMs. */
    public static Builder builder(int workers) {
        return new Builder(Args.positive("workers", workers));
    }

    /**
     * The cost of the lecture's {@code Process(target=...)}: starts a fresh JVM, waits for its
     * hello, runs one empty task, and shuts it down again.
     */
    public static void spawnAndPing() {
        SpawnPerTask.run(Task.ping());
    }

    /** The running JVM's own {@code java} launcher, so children match the parent's version. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private ForkedWorkerPool startAll() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            // Launch every child first, so their JVMs start up at the same time.
            synchronized (slotsLock) {
                for (int slot = 0; slot < slots.length; slot++) {
                    slots[slot] = launch(slot);
                }
            }
            for (WorkerProcess worker : slots) {
                worker.awaitHello(startupTimeout);
            }
            return this;
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    private WorkerProcess launch(int slot) {
        String threads = name + "-w" + slot + "." + launches.incrementAndGet();
        try {
            return WorkerProcess.launch(slot, command, threads, echo);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "could not start worker " + slot + " with " + command + ": " + e.getMessage(), e);
        }
    }

    /** The number of workers. */
    public int size() {
        return slots.length;
    }

    /** The process ids of the current workers, by slot; a replaced worker's pid changes. */
    public List<Long> pids() {
        synchronized (slotsLock) {
            List<Long> pids = new ArrayList<>(slots.length);
            for (WorkerProcess worker : slots) {
                pids.add(worker == null ? -1L : worker.pid());
            }
            return List.copyOf(pids);
        }
    }

    /** The last stderr lines of the worker now in {@code slot}: lets tests see what a worker is doing. */
    List<String> stderrTail(int slot) {
        synchronized (slotsLock) {
            return slots[slot].stderrTail();
        }
    }

    /** One empty round trip to a worker: the fixed cost of a task. */
    public void ping() {
        invoke(Task.ping());
    }

    /** Ships {@code data} to a worker and back, unchanged: the cost of moving doubles both ways. */
    public double[] echo(double[] data) {
        return invoke(Task.echo(data));
    }

    /** Runs one task on the first free worker and returns its reply. */
    public double[] invoke(Task task) {
        return invokeAll(List.of(task)).get(0);
    }

    /**
     * Runs every task and returns the replies in task order. Each task goes to the first worker
     * that is free, one task per worker at a time, as in Python's {@code Pool}: a slow task holds
     * up only its own worker. One call at a time: a second caller waits for the pool, but never
     * past its own deadline, which covers the whole call (waiting, sending, computing).
     *
     * @throws WorkerException a worker died on a task twice, missed a deadline, or its task threw
     * @throws IllegalStateException the pool is closed, or another call held it past this call's deadline
     * @throws CancellationException the caller was interrupted while waiting (the flag stays set)
     */
    public List<double[]> invokeAll(List<Task> tasks) {
        Args.notNull("tasks", tasks);
        long deadline = System.nanoTime() + callDeadline.toNanos();
        try {
            if (!calls.tryLock(callDeadline.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("forked worker pool " + name + ": another call held it past this call's"
                        + " deadline of " + WorkerProcess.seconds(callDeadline));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for forked worker pool " + name);
        }
        try {
            synchronized (slotsLock) {
                checkOpen();
            }
            Call call = new Call(this, tasks, deadline, callDeadline);
            List<double[]> replies = call.run();
            lastRanOn = call.ranOn();
            return replies;
        } finally {
            calls.unlock();
        }
    }

    /** The slot that ran each task of the last call that succeeded: lets tests see the balance. */
    int[] lastRanOn() {
        return lastRanOn.clone();
    }

    int nextRequest() {
        return requests.incrementAndGet();
    }

    /**
     * The worker in {@code slot}, started afresh if the one there has ended, once it has said hello;
     * {@code helloBudgetNanos} caps the wait below the start-up timeout (negative: no cap).
     */
    WorkerProcess readyWorker(int slot, long helloBudgetNanos) {
        WorkerProcess worker;
        synchronized (slotsLock) {
            checkOpen();
            worker = slots[slot];
            if (worker.hasEnded()) {
                worker.destroyNow(); // its threads end with its channel
                worker = launch(slot);
                slots[slot] = worker;
            }
        }
        Duration wait = helloBudgetNanos < 0
                ? startupTimeout
                : Duration.ofNanos(Math.max(1_000_000, Math.min(startupTimeout.toNanos(), helloBudgetNanos)));
        worker.awaitHello(wait);
        return worker;
    }

    /**
     * Kills {@code worker} and starts a fresh one in its slot (once, however many tasks it took
     * down); the fresh one says hello before its first task. Nothing is started once closed.
     */
    void replace(WorkerProcess worker) {
        worker.kill();
        synchronized (slotsLock) {
            if (!closed && slots[worker.slot()] == worker) {
                slots[worker.slot()] = launch(worker.slot());
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("forked worker pool " + name + " is closed");
        }
    }

    /**
     * Sends every worker a shutdown frame, gives them 2 s to exit, destroys
     * any still running, and returns when every pool thread has ended. Idempotent.
     */
    @Override
    public void close() {
        List<WorkerProcess> workers = new ArrayList<>(slots.length);
        synchronized (slotsLock) {
            if (closed) {
                return;
            }
            closed = true;
            for (WorkerProcess worker : slots) {
                if (worker != null) {
                    workers.add(worker);
                }
            }
        }
        for (WorkerProcess worker : workers) {
            worker.shutdown(CLOSE_GRACE);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook is running or has run.
        }
    }

    /** The shutdown hook: no orphan JVMs when the parent exits without closing the pool. */
    private void destroyAll() {
        synchronized (slotsLock) {
            for (WorkerProcess worker : slots) {
                if (worker != null) {
                    worker.destroyNow();
                }
            }
        }
    }

    /** Pool options; every one has a default. */
    public static final class Builder {
        private final int workers;
        private Duration callDeadline = DEFAULT_CALL_DEADLINE;
        private Duration startupTimeout = DEFAULT_STARTUP_TIMEOUT;
        private List<String> jvmArgs = List.of();
        private String classPath = System.getProperty("java.class.path");
        private boolean echoStderr = true;

        private Builder(int workers) {
            this.workers = workers;
        }

        /** How long one call may take before its unfinished workers are killed and replaced. Default 10 min. */
        public Builder callDeadline(Duration deadline) {
            this.callDeadline = positive("callDeadline", deadline);
            return this;
        }

        /** How long a child may take to say hello. Default 60 s. */
        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = positive("startupTimeout", timeout);
            return this;
        }

        /** Extra JVM options for the children, after {@link #CHILD_JVM_ARGS}. */
        public Builder jvmArgs(List<String> args) {
            this.jvmArgs = List.copyOf(Args.notNull("jvmArgs", args));
            return this;
        }

        /** The children's class path. Default: this JVM's {@code java.class.path}. */
        public Builder classPath(String classPath) {
            this.classPath = Args.notNull("classPath", classPath);
            return this;
        }

        /** Whether children's stderr lines are echoed to this JVM's stderr, prefixed with the worker. Default true. */
        public Builder echoStderr(boolean echo) {
            this.echoStderr = echo;
            return this;
        }

        /** Starts the children and waits until each has said hello. */
        public ForkedWorkerPool start() {
            return new ForkedWorkerPool(this).startAll();
        }

        private static Duration positive(String name, Duration d) {
            Args.notNull(name, d);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
