package dev.speedup.core.forked;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One {@link ForkedWorkerPool#invokeAll} call: deals each task to the first free worker, as
 * Python's {@code Pool} does (one task per worker at a time, so a slow task holds up only its own
 * worker), and keeps the replies in task order.
 *
 * <p>Every attempt has a deadline: first tries the call's, a retry (after its worker died) one of
 * its own from when it is sent, so a healthy replacement is never blamed for time its predecessor
 * used. However the call ends (a result, a failure, a missed deadline, an interrupt), every worker
 * still busy with one of its tasks is killed and replaced: none is left running an abandoned task.
 */
final class Call {
    /** One task on one worker, sent and not yet answered; {@code retryAfter} is the pid that died on its first try, or 0. */
    private record Attempt(int task, WorkerProcess worker, int request, long deadline, long retryAfter) {}

    /** A reply, or the reason none will come ({@code died}), tagged with the request it answers. */
    private record Outcome(int slot, int request, Frame frame, Throwable died) {}

    private final ForkedWorkerPool pool;
    private final List<Task> tasks;
    private final long callDeadline;
    private final Duration deadlineLength;
    private final double[][] results;
    private final long[] retryAfter;
    private final Attempt[] busy;
    private final Deque<Integer> waiting = new ArrayDeque<>();
    private final Deque<Integer> free = new ArrayDeque<>();
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    /** Which slot ran each task (its last attempt): for tests of the balance. */
    private final int[] ranOn;

    private int inFlight;
    private RuntimeException failure;

    Call(ForkedWorkerPool pool, List<Task> tasks, long callDeadline, Duration deadlineLength) {
        this.pool = pool;
        this.tasks = tasks;
        this.callDeadline = callDeadline;
        this.deadlineLength = deadlineLength;
        this.results = new double[tasks.size()][];
        this.retryAfter = new long[tasks.size()];
        this.ranOn = new int[tasks.size()];
        this.busy = new Attempt[pool.size()];
        for (int k = 0; k < tasks.size(); k++) {
            waiting.add(k);
        }
        for (int slot = 0; slot < pool.size(); slot++) {
            free.add(slot);
        }
    }

    /** Runs every task and returns the replies in task order. */
    List<double[]> run() {
        try {
            while (inFlight > 0 || (failure == null && !waiting.isEmpty())) {
                while (failure == null && !waiting.isEmpty() && !free.isEmpty()) {
                    dispatch(waiting.poll(), free.poll());
                }
                Outcome outcome = next();
                if (outcome != null) {
                    handle(outcome);
                }
            }
            if (failure != null) {
                throw failure;
            }
            List<double[]> replies = new ArrayList<>(results.length);
            for (double[] result : results) {
                replies.add(result);
            }
            return replies;
        } finally {
            abandonEveryBusyWorker();
        }
    }

    /** The slot each task ran on, by task: valid after {@link #run()} returned. */
    int[] ranOn() {
        return ranOn.clone();
    }

    private void dispatch(int task, int slot) {
        long retryOf = retryAfter[task];
        // A first try starts within the call's deadline; a retry's deadline starts once its worker is up.
        WorkerProcess worker =
                pool.readyWorker(slot, retryOf == 0 ? Math.max(0, callDeadline - System.nanoTime()) : -1);
        long deadline = retryOf == 0 ? callDeadline : System.nanoTime() + deadlineLength.toNanos();
        int request = pool.nextRequest();
        busy[slot] = new Attempt(task, worker, request, deadline, retryOf);
        ranOn[task] = slot;
        inFlight++;
        CompletableFuture<Frame> reply = worker.send(request, tasks.get(task));
        reply.whenComplete((frame, died) -> outcomes.add(new Outcome(slot, request, frame, died)));
    }

    /** The next outcome, or null after failing the call for the first attempt past its deadline. */
    private Outcome next() {
        Attempt first = null;
        for (Attempt attempt : busy) {
            if (attempt != null && (first == null || attempt.deadline < first.deadline)) {
                first = attempt;
            }
        }
        try {
            Outcome outcome = outcomes.poll(Math.max(0, first.deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (outcome != null) {
                return outcome;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(
                    "interrupted while waiting for " + tasks.get(first.task) + " on worker " + first.worker.slot());
        }
        first.worker.kill();
        String which = first.retryAfter == 0
                ? "missed the call deadline of " + WorkerProcess.seconds(deadlineLength)
                : "missed its retry's own deadline of " + WorkerProcess.seconds(deadlineLength)
                        + " (retry after worker pid " + first.retryAfter + " died)";
        throw first.worker.failure(
                which + " on " + tasks.get(first.task) + " (request " + first.request + "); killed and replaced");
    }

    private void handle(Outcome outcome) {
        Attempt attempt = busy[outcome.slot];
        if (attempt == null || attempt.request != outcome.request) {
            return; // a late answer to an attempt already given up on
        }
        busy[outcome.slot] = null;
        inFlight--;
        Task task = tasks.get(attempt.task);
        if (outcome.frame != null) {
            free.add(outcome.slot);
            if (outcome.frame.type() == Protocol.ERROR) {
                // Stop dealing tasks; the ones running finish (or meet their deadline) before the call fails.
                if (failure == null) {
                    failure = attempt.worker.failure("failed " + task + " (request " + attempt.request + "): "
                            + new String(outcome.frame.payload(), StandardCharsets.UTF_8));
                }
            } else {
                results[attempt.task] = outcome.frame.doubles(0);
            }
            return;
        }
        attempt.worker.awaitEnd();
        if (failure == null) {
            if (attempt.retryAfter != 0) {
                failure = attempt.worker.failure("died running " + task + " (request " + attempt.request
                        + "), its one retry after worker pid " + attempt.retryAfter + " died on it too: "
                        + outcome.died.getMessage());
            } else {
                retryAfter[attempt.task] = attempt.worker.pid();
                waiting.addFirst(attempt.task);
            }
        }
        pool.replace(attempt.worker);
        free.addFirst(outcome.slot); // the fresh worker takes the retry
    }

    private void abandonEveryBusyWorker() {
        for (int slot = 0; slot < busy.length; slot++) {
            if (busy[slot] != null) {
                pool.replace(busy[slot].worker);
                busy[slot] = null;
            }
        }
    }
}
