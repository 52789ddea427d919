package dev.speedup.core.forked;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One child JVM: its process, the request channel on its stdin, a reader thread matching replies
 * on its stdout to pending requests, and a {@link StderrPump}. Once the channel ends, for whatever
 * reason, every pending and later request fails with {@link Died}.
 *
 * <p>Every write to the child happens on its own writer thread, never on a caller's: a stopped
 * child with a full pipe blocks only that thread, and killing the child unblocks it (the write
 * then fails with a broken pipe). So no caller, and no {@code close()}, ever waits on a write
 * longer than its own deadline.
 */
final class WorkerProcess {
    /** How long a child that closed its channel may take to exit before it is killed. */
    private static final Duration EXIT_WAIT = Duration.ofSeconds(2);
    /** How long the end of a dead worker's stderr may take to arrive. */
    private static final Duration STDERR_WAIT = Duration.ofSeconds(1);

    private final int slot;
    private final Process process;
    private final DataOutputStream toChild;
    private final DataInputStream fromChild;
    private final StderrPump stderr;
    private final Thread reader;
    /** The only thread that writes to the child, in request order. */
    private final ExecutorService writer;

    private final Object lock = new Object();
    private final Map<Integer, CompletableFuture<Frame>> pending = new HashMap<>();
    private final CompletableFuture<Long> hello = new CompletableFuture<>();
    /** Completes once the process has exited, its stderr is drained, and every pending request failed. */
    private final CompletableFuture<String> ended = new CompletableFuture<>();

    private boolean dead;

    private WorkerProcess(int slot, Process process, String threadPrefix, PrintStream echo) {
        this.slot = slot;
        this.process = process;
        this.toChild = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.fromChild = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.stderr = new StderrPump(process.getErrorStream(), "[worker " + slot + "] ", echo, threadPrefix + "-err");
        this.reader = new Thread(this::readLoop, threadPrefix + "-out");
        reader.setDaemon(true);
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, threadPrefix + "-in");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the child and its two threads; the child is not ready until {@link #awaitHello}. */
    static WorkerProcess launch(int slot, List<String> command, String threadPrefix, PrintStream echo)
            throws IOException {
        Process process = new ProcessBuilder(command).start();
        WorkerProcess worker = new WorkerProcess(slot, process, threadPrefix, echo);
        worker.stderr.start();
        worker.reader.start();
        return worker;
    }

    int slot() {
        return slot;
    }

    long pid() {
        return process.pid();
    }

    /** Whether the child's channel has ended or its process has exited: it can take no more tasks. */
    boolean hasEnded() {
        return ended.isDone() || !process.isAlive();
    }

    /** Waits for the child's HELLO; kills it and throws when it does not come in time. */
    void awaitHello(Duration timeout) {
        try {
            long pid = hello.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (pid != process.pid()) {
                kill();
                throw failure("said hello with pid " + pid + ", not its own");
            }
        } catch (TimeoutException e) {
            kill();
            throw failure("did not say hello within " + seconds(timeout));
        } catch (ExecutionException e) {
            awaitEnd();
            throw failure("failed to start: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw failure("was still starting when the caller was interrupted");
        }
    }

    /**
     * Queues a request for the writer thread and returns at once; the future completes with its
     * RESULT or ERROR frame, or fails with {@link Died} (also when the request could not be sent).
     */
    CompletableFuture<Frame> send(int request, Task task) {
        CompletableFuture<Frame> reply = new CompletableFuture<>();
        synchronized (lock) {
            if (dead) {
                reply.completeExceptionally(new Died("had already ended"));
                return reply;
            }
            pending.put(request, reply);
        }
        try {
            writer.execute(() -> {
                try {
                    Frames.write(toChild, task.type(), request, task.fields(), task.data(), task.lo(), task.hi());
                } catch (IOException | RuntimeException e) {
                    // The child is gone (the reader will see its stdout end too) or the frame was refused.
                    failPending(request, new Died("could not be sent " + task + ": " + e.getMessage()));
                }
            });
        } catch (RejectedExecutionException e) {
            failPending(request, new Died("had already been shut down"));
        }
        return reply;
    }

    private void failPending(int request, Died why) {
        CompletableFuture<Frame> reply;
        synchronized (lock) {
            reply = pending.remove(request);
        }
        if (reply != null) {
            reply.completeExceptionally(why);
        }
    }

    /** Kills the child without waiting: for the shutdown hook, where nothing may block. */
    void destroyNow() {
        destroyProcess();
    }

    /** Kills the child at once and waits until its threads are done. */
    void kill() {
        destroyProcess();
        awaitEnd();
    }

    /**
     * Asks the child to exit, gives it {@code grace}, then kills it; waits until its threads are
     * done. The shutdown frame is queued for the writer thread, so a child that cannot read it
     * (stopped, pipe full) costs the grace period and no more.
     */
    void shutdown(Duration grace) {
        try {
            writer.execute(() -> {
                try {
                    Frames.write(toChild, Protocol.SHUTDOWN, 0, null);
                    toChild.close();
                } catch (IOException e) {
                    // Already gone: nothing to ask.
                }
            });
        } catch (RejectedExecutionException e) {
            // Already shut down: the kill below still applies.
        }
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                destroyProcess();
            }
        } catch (InterruptedException e) {
            destroyProcess();
            Thread.currentThread().interrupt();
        }
        awaitEnd();
    }

    /**
     * Waits (bounded) until the reader has seen the end, the exit code is known, stderr is drained
     * and the writer thread has ended (its last write fails at once on a dead child's pipe). The end
     * has already shut the writer down before it completes {@code ended}.
     */
    void awaitEnd() {
        boolean interrupted = false;
        try {
            ended.get(EXIT_WAIT.plus(STDERR_WAIT).plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
            reader.join(1000);
            writer.awaitTermination(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } catch (ExecutionException | TimeoutException e) {
            // The message will say what is known.
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    List<String> stderrTail() {
        return stderr.tail();
    }

    /** An exception naming this worker, its pid, exit code (if it has exited) and stderr tail. */
    WorkerException failure(String what) {
        Integer exit = process.isAlive() ? null : process.exitValue();
        return new WorkerException(slot, process.pid(), exit, stderr.tail(), what);
    }

    private void readLoop() {
        String reason;
        boolean garbage = false;
        try {
            reason = greetThenServe();
        } catch (ProtocolException e) {
            reason = e.getMessage();
            garbage = true;
        } catch (IOException e) {
            reason = "broke its channel: " + e;
        } catch (RuntimeException | OutOfMemoryError e) {
            reason = "sent a frame that could not be read: " + e;
            garbage = true;
        }
        end(reason, garbage);
    }

    private String greetThenServe() throws IOException {
        Frame first = Frames.read(fromChild);
        if (first == null) {
            return "exited before saying hello";
        }
        if (first.type() != Protocol.HELLO) {
            throw new ProtocolException(
                    "garbage on the channel: first frame was " + Protocol.name(first.type()) + ", not HELLO");
        }
        ByteBuffer fields = first.fields();
        int version = fields.getInt();
        if (version != Protocol.VERSION) {
            throw new ProtocolException("speaks protocol version " + version + ", the pool speaks " + Protocol.VERSION);
        }
        hello.complete(fields.getLong());
        while (true) {
            Frame frame = Frames.read(fromChild);
            if (frame == null) {
                return "closed its channel (end of stream)";
            }
            if (frame.type() != Protocol.RESULT && frame.type() != Protocol.ERROR) {
                throw new ProtocolException(
                        "garbage on the channel: unexpected " + Protocol.name(frame.type()) + " frame");
            }
            CompletableFuture<Frame> reply;
            synchronized (lock) {
                reply = pending.remove(frame.request());
            }
            if (reply == null) {
                throw new ProtocolException("garbage on the channel: reply to unknown request " + frame.request());
            }
            reply.complete(frame);
        }
    }

    /** The channel is over: make sure the process is too, then fail everything still waiting. */
    private void end(String reason, boolean garbage) {
        if (garbage) {
            destroyProcess(); // its channel can never be trusted again
        }
        try {
            if (!process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                destroyProcess();
                process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
            stderr.awaitEnd(STDERR_WAIT);
        } catch (InterruptedException e) {
            destroyProcess();
        }
        List<CompletableFuture<Frame>> orphans;
        synchronized (lock) {
            dead = true;
            orphans = new ArrayList<>(pending.values());
            pending.clear();
        }
        Died died = new Died(reason);
        hello.completeExceptionally(died);
        for (CompletableFuture<Frame> orphan : orphans) {
            orphan.completeExceptionally(died);
        }
        writer.shutdownNow(); // nothing more can be sent; a write still blocked fails on the dead pipe
        ended.complete(reason);
    }

    /**
     * SIGKILL through the process handle. {@code Process.destroyForcibly()} would also close our
     * end of the child's pipes at once, losing the stderr lines the pump has not read yet: the very
     * lines that explain the failure.
     */
    private void destroyProcess() {
        process.toHandle().destroyForcibly();
    }

    /** A duration as people write it: "2 s", "1500 ms". */
    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** The worker's channel ended before the reply came; the message says how. */
    static final class Died extends Exception {
        private static final long serialVersionUID = 1L;

        Died(String reason) {
            super(reason, null, false, false);
        }
    }
}
