package dev.speedup.core.forked;

/**
 * Fault injection, for tests only: named ways a worker can be told to misbehave, so that each
 * failure the pool must survive can be provoked on demand. Engines never send these. Each takes
 * one {@code long} argument; the worker says on stderr what it is about to do.
 */
public enum Fault {
    /** Sleep {@code argument} ms, then reply {@code {argument}}: a task long enough to be killed in the middle of. */
    SLEEP,
    /** Spin forever and never reply: only the call deadline ends it. */
    HANG,
    /** {@code System.exit(argument)} inside the task. */
    EXIT,
    /** Write {@code argument} raw bytes of text straight to file descriptor 1, the channel, then reply. */
    GARBAGE,
    /** Print {@code argument} lines with {@code System.out.println}, then reply: they must land on stderr. */
    PRINT,
    /** Write {@code argument} bytes of text lines to stderr, then reply: the parent must keep draining. */
    FLOOD,
    /** Throw an {@link OutOfMemoryError} (an {@code Error}, not an exception) from the task. */
    ERROR,
    /** Reply with one double more than a frame may carry: a result the worker cannot send. */
    HUGE_REPLY
}
