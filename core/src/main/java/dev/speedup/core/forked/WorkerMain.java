package dev.speedup.core.forked;

import dev.speedup.core.kernel.Doubles;
import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import dev.speedup.core.kernel.SquareMap;
import dev.speedup.core.strategy.PiLoop;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The main class of a worker JVM: says hello, then reads requests from stdin on the main thread
 * and runs them one at a time on a task thread, replying on stdout. Halts as soon as stdin ends,
 * even mid-task, so a worker never outlives its parent.
 */
public final class WorkerMain {
    /** Exit status when the parent's request stream is not a valid frame. */
    static final int GARBAGE_FROM_PARENT = 4;
    /** Exit status when a reply could not be written whole: the channel can no longer be trusted. */
    static final int CANNOT_REPLY = 5;

    private final DataOutputStream channel;
    private final ExecutorService tasks;
    /** Never set: the HANG fault spins on it so the JIT cannot remove the loop. */
    private static volatile boolean release;

    private WorkerMain(DataOutputStream channel) {
        this.channel = channel;
        this.tasks = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "speedup-worker-task");
            thread.setDaemon(true);
            return thread;
        });
    }

    public static void main(String[] args) {
        // Before anything can print: stdout is the channel, so a stray println goes to stderr instead.
        PrintStream stray = System.err;
        System.setOut(stray);
        DataOutputStream channel =
                new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        DataInputStream requests =
                new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        WorkerMain worker = new WorkerMain(channel);
        worker.reply(
                Protocol.HELLO,
                0,
                ByteBuffer.allocate(12)
                        .putInt(Protocol.VERSION)
                        .putLong(ProcessHandle.current().pid())
                        .array(),
                null);
        worker.serve(requests);
    }

    /** Reads requests until stdin ends; never returns. */
    private void serve(DataInputStream requests) {
        while (true) {
            Frame frame;
            try {
                frame = Frames.read(requests);
            } catch (IOException e) {
                System.err.println("worker: unreadable request stream, exiting: " + e.getMessage());
                Runtime.getRuntime().halt(GARBAGE_FROM_PARENT);
                return;
            }
            if (frame == null) {
                // The parent closed our stdin or died: nobody is left to reply to. Halt, even mid-task.
                Runtime.getRuntime().halt(0);
                return;
            }
            if (frame.type() == Protocol.SHUTDOWN) {
                flushQuietly();
                Runtime.getRuntime().halt(0);
                return;
            }
            tasks.execute(() -> run(frame));
        }
    }

    /**
     * Runs one request and answers it, whatever happens: a result, or an ERROR frame for any
     * {@code Throwable} (an {@code OutOfMemoryError} too), or for a result too large to send.
     * A worker that cannot even send that halts, so the parent sees it die instead of waiting.
     */
    private void run(Frame request) {
        double[] values;
        try {
            values = compute(request);
        } catch (Throwable t) {
            replyError(request.request(), t.toString());
            return;
        }
        if (values.length > Protocol.MAX_DOUBLES) {
            replyError(
                    request.request(),
                    "cannot reply: a result of " + values.length + " doubles exceeds a frame's "
                            + Protocol.MAX_DOUBLES);
            return;
        }
        reply(Protocol.RESULT, request.request(), null, values);
    }

    private void replyError(int request, String message) {
        reply(Protocol.ERROR, request, message.getBytes(StandardCharsets.UTF_8), null);
    }

    private double[] compute(Frame request) {
        ByteBuffer fields = request.fields();
        switch (request.type()) {
            case Protocol.PING:
                return new double[0];
            case Protocol.ECHO:
                return request.doubles(0);
            case Protocol.PI_SUM: {
                PiLoop loop = PiLoop.values()[fields.get()];
                long first = fields.getLong(),
                        end = fields.getLong(),
                        stride = fields.getLong(),
                        steps = fields.getLong();
                return new double[] {loop.sum(first, end, stride, steps)};
            }
            case Protocol.SQUARE_MAP: {
                double[] in = request.doubles(0);
                double[] out = new double[in.length];
                SquareMap.applyRange(in, out, 0, in.length);
                return out;
            }
            case Protocol.POOL_MAP:
                return poolMap(
                        Task.getFunction(fields),
                        fields.getInt(),
                        fields.getInt(),
                        request.doubles(Task.POOL_MAP_FIELDS));
            case Protocol.SQUARE_MAP_SHARED: {
                SharedDoubles in = mapped(fields), out = mapped(fields);
                mapInPlace(in, out, fields.getInt(), fields.getInt(), SquareMap::applyRange);
                return new double[0];
            }
            case Protocol.POOL_MAP_SHARED: {
                SharedDoubles in = mapped(fields), out = mapped(fields);
                PoolFunction f = Task.getFunction(fields);
                mapInPlace(
                        in,
                        out,
                        fields.getInt(),
                        fields.getInt(),
                        (i, o, lo, hi) -> PoolMap.applyRange(f, i, o, lo, hi));
                return new double[0];
            }
            case Protocol.FAULT:
                return fault(fields.get(), fields.getLong());
            default:
                throw new IllegalArgumentException("worker cannot run a " + Protocol.name(request.type()) + " frame");
        }
    }

    /**
     * The shared array a task names, mapped on first use and kept for the next tasks; at most
     * {@value #MAPPINGS_KEPT} are kept, the oldest dropped (its memory goes with the next GC).
     */
    private SharedDoubles mapped(ByteBuffer fields) {
        long id = fields.getLong();
        int length = fields.getInt();
        byte[] source = new byte[fields.getShort()];
        fields.get(source);
        SharedDoubles array = mappings.get(id);
        if (array == null) {
            try {
                array = SharedDoubles.open(id, new String(source, StandardCharsets.UTF_8), length);
            } catch (IOException e) {
                throw new IllegalStateException("cannot map shared array: " + e, e);
            }
            mappings.put(id, array);
        }
        return array;
    }

    private static final int MAPPINGS_KEPT = 8;

    private final Map<Long, SharedDoubles> mappings = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, SharedDoubles> eldest) {
            if (size() > MAPPINGS_KEPT) {
                eldest.getValue().close();
                return true;
            }
            return false;
        }
    };

    /** Heap blocks the shared-memory kernels stage through: bulk copies, a plain loop in between. */
    private final double[] inBlock = new double[Doubles.BLOCK];

    private final double[] outBlock = new double[Doubles.BLOCK];

    /** A map kernel over {@code [lo, hi)} of heap arrays. */
    private interface RangeKernel {
        void apply(double[] in, double[] out, int lo, int hi);
    }

    /** Maps {@code [lo, hi)} block by block through the heap blocks; the kernels are element-wise, so any blocks do. */
    private void mapInPlace(SharedDoubles in, SharedDoubles out, int lo, int hi, RangeKernel kernel) {
        for (int at = lo; at < hi; at += inBlock.length) {
            int n = Math.min(inBlock.length, hi - at);
            in.get(at, inBlock, 0, n);
            kernel.apply(inBlock, outBlock, 0, n);
            out.put(at, outBlock, 0, n);
        }
    }

    /** Maps the slice chunk by chunk, as a pool worker maps its batch: chunks end where (phase + i) % chunk == 0. */
    private static double[] poolMap(PoolFunction f, int chunk, int phase, double[] in) {
        double[] out = new double[in.length];
        int lo = 0;
        while (lo < in.length) {
            int hi = (int) Math.min(in.length, (long) lo + chunk - (((long) phase + lo) % chunk));
            PoolMap.applyRange(f, in, out, lo, hi);
            lo = hi;
        }
        return out;
    }

    /** Test-only misbehaviour on request; see {@link Fault}. */
    private double[] fault(byte code, long argument) {
        Fault[] faults = Fault.values();
        if (code < 0 || code >= faults.length) {
            throw new IllegalArgumentException("unknown fault " + code);
        }
        Fault fault = faults[code];
        System.err.println("worker: fault " + fault + " " + argument);
        switch (fault) {
            case SLEEP:
                try {
                    Thread.sleep(argument);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new double[] {argument};
            case HANG:
                while (!release) {
                    Thread.onSpinWait();
                }
                break;
            case EXIT:
                System.exit((int) argument);
                break;
            case GARBAGE:
                synchronized (channel) {
                    try {
                        byte[] text = "garbage!"
                                .repeat((int) Math.max(1, argument / 8))
                                .getBytes(StandardCharsets.US_ASCII);
                        channel.write(text, 0, (int) Math.min(text.length, Math.max(1, argument)));
                        channel.flush();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                break;
            case PRINT:
                for (long i = 0; i < argument; i++) {
                    System.out.println("stray print " + i + " on System.out");
                }
                break;
            case FLOOD: {
                String line = "flood ".repeat(16) + "\n"; // 97 bytes
                StringBuilder block = new StringBuilder();
                for (int i = 0; i < 100; i++) {
                    block.append(line);
                }
                byte[] bytes = block.toString().getBytes(StandardCharsets.US_ASCII);
                for (long written = 0; written < argument; written += bytes.length) {
                    System.err.write(bytes, 0, (int) Math.min(bytes.length, argument - written));
                }
                System.err.flush();
                break;
            }
            case ERROR:
                throw new OutOfMemoryError("simulated by Fault.ERROR");
            case HUGE_REPLY:
                return new double[Protocol.MAX_DOUBLES + 1];
            default:
                throw new IllegalArgumentException("unhandled fault " + fault);
        }
        return new double[0];
    }

    /** Writes one reply; if it cannot be written whole, the channel may hold half a frame: halt. */
    private void reply(byte type, int request, byte[] fields, double[] values) {
        synchronized (channel) {
            try {
                Frames.write(channel, type, request, fields, values, 0, values == null ? 0 : values.length);
            } catch (Throwable t) {
                // The parent is gone, or half a frame is out: either way no reply can follow.
                System.err.println("worker: cannot reply, exiting: " + t);
                Runtime.getRuntime().halt(CANNOT_REPLY);
            }
        }
    }

    private void flushQuietly() {
        synchronized (channel) {
            try {
                channel.flush();
            } catch (IOException e) {
                // Nobody is listening any more.
            }
        }
    }
}
