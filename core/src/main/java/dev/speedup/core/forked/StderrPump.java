package dev.speedup.core.forked;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Drains one worker's stderr on its own thread, so a chatty child can never block on a full pipe;
 * keeps the last lines for error messages and optionally echoes every line with the worker's prefix.
 */
final class StderrPump implements Runnable {
    static final int TAIL_LINES = 50;
    /** Longer lines are cut: a flood without newlines must not grow without bound. */
    static final int MAX_LINE = 1000;
    /** The line a JVM prints when started with an incubator module such as jdk.incubator.vector. */
    static final String INCUBATOR_WARNING = "WARNING: Using incubator modules:";

    private final InputStream in;
    private final String prefix;
    private final PrintStream echo;
    private final ArrayDeque<String> tail = new ArrayDeque<>(TAIL_LINES);
    private final Thread thread;

    /** {@code echo} may be null: lines are then only kept for the tail. */
    StderrPump(InputStream in, String prefix, PrintStream echo, String threadName) {
        this.in = in;
        this.prefix = prefix;
        this.echo = echo;
        this.thread = new Thread(this, threadName);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        emit(line);
                    } else if (line.size() < MAX_LINE) {
                        line.write(b);
                    }
                }
            }
        } catch (IOException e) {
            // The stream closed under us (the process was destroyed): what was read is all there is.
        }
        if (line.size() > 0) {
            emit(line);
        }
    }

    private void emit(ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        line.reset();
        if (text.startsWith(INCUBATOR_WARNING)) {
            return; // every worker started with the Vector API module says so: noise, not news
        }
        synchronized (tail) {
            if (tail.size() == TAIL_LINES) {
                tail.removeFirst();
            }
            tail.addLast(text);
        }
        if (echo != null) {
            echo.println(prefix + text);
        }
    }

    /** The last lines read, oldest first. */
    List<String> tail() {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    /** Waits until the stream has ended and every line is in the tail; true when it has. */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive();
    }
}
