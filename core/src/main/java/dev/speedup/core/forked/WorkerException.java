package dev.speedup.core.forked;

import java.util.List;

/**
 * A worker JVM failed a call: it died, hung past the deadline, wrote garbage, never said hello,
 * or its task threw. The message is one line naming the worker, its pid, exit code and stderr tail.
 */
public final class WorkerException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Characters of stderr tail quoted in the message; the whole tail stays in {@link #stderrTail()}. */
    private static final int TAIL_CHARS = 2000;

    private final int worker;
    private final long pid;
    private final Integer exitCode;
    private final List<String> stderrTail;

    WorkerException(int worker, long pid, Integer exitCode, List<String> stderrTail, String what) {
        super(message(worker, pid, exitCode, stderrTail, what));
        this.worker = worker;
        this.pid = pid;
        this.exitCode = exitCode;
        this.stderrTail = List.copyOf(stderrTail);
    }

    private static String message(int worker, long pid, Integer exitCode, List<String> tail, String what) {
        String joined = String.join(" | ", tail).replace('\n', ' ').replace('\r', ' ');
        if (joined.length() > TAIL_CHARS) {
            joined = "..." + joined.substring(joined.length() - TAIL_CHARS);
        }
        return "worker " + worker + " (pid " + pid + ") " + what
                + "; exit code " + (exitCode == null ? "none (still running)" : exitCode)
                + "; stderr tail: " + (joined.isEmpty() ? "(empty)" : joined);
    }

    /** The worker's slot in its pool, 0 to size-1. */
    public int worker() {
        return worker;
    }

    public long pid() {
        return pid;
    }

    /** The exit code, or {@code null} when the process was still running. */
    public Integer exitCode() {
        return exitCode;
    }

    /** The last lines the worker wrote to stderr, oldest first. */
    public List<String> stderrTail() {
        return stderrTail;
    }
}
