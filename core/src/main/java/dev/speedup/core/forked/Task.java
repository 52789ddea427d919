package dev.speedup.core.forked;

import dev.speedup.core.kernel.Args;
import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.strategy.PiLoop;
import java.nio.ByteBuffer;

/**
 * One request for a worker JVM: a named kernel and its arguments, never code. The input doubles
 * are read from the caller's array when the task is sent, not copied before.
 */
public final class Task {
    private final byte type;
    private final byte[] fields;
    private final double[] data;
    private final int lo;
    private final int hi;

    private Task(byte type, byte[] fields, double[] data, int lo, int hi) {
        this.type = type;
        this.fields = fields;
        this.data = data;
        this.lo = lo;
        this.hi = hi;
        if (hi - lo > Protocol.MAX_DOUBLES) {
            throw new IllegalArgumentException(
                    "a task carries at most " + Protocol.MAX_DOUBLES + " doubles, not " + (hi - lo) + ": split it");
        }
    }

    /** Does nothing and replies with no data: the cost of one round trip. */
    public static Task ping() {
        return new Task(Protocol.PING, null, null, 0, 0);
    }

    /** Replies with {@code data} unchanged: the cost of shipping doubles there and back. */
    public static Task echo(double[] data) {
        Args.notNull("data", data);
        return new Task(Protocol.ECHO, null, data, 0, data.length);
    }

    /**
     * Replies with one double: {@code loop}'s unscaled midpoint sum over
     * {@code first, first+stride, ... < end} of {@code steps}. Only numbers travel.
     */
    public static Task piSum(PiLoop loop, long first, long end, long stride, long steps) {
        Args.notNull("loop", loop);
        Args.stridedRange(first, end, stride, steps);
        byte[] fields = ByteBuffer.allocate(1 + 4 * Long.BYTES)
                .put((byte) loop.ordinal())
                .putLong(first)
                .putLong(end)
                .putLong(stride)
                .putLong(steps)
                .array();
        return new Task(Protocol.PI_SUM, fields, null, 0, 0);
    }

    /** Replies with the squares of {@code in[lo, hi)}. */
    public static Task squareMap(double[] in, int lo, int hi) {
        Args.notNull("in", in);
        Args.range(lo, hi, in.length);
        return new Task(Protocol.SQUARE_MAP, null, in, lo, hi);
    }

    /**
     * Replies with {@code f} applied to {@code in[lo, hi)}; the worker maps it chunk by chunk of
     * {@code chunk} elements, chunks counted from index 0 of {@code in}, like one batch of
     * {@code Pool.map}'s chunks.
     */
    public static Task poolMap(PoolFunction f, double[] in, int lo, int hi, int chunk) {
        Args.notNull("f", f);
        Args.notNull("in", in);
        Args.range(lo, hi, in.length);
        Args.positive("chunk", chunk);
        // The phase tells the worker where chunk boundaries fall inside its slice.
        byte[] fields = ByteBuffer.allocate(3 * Integer.BYTES)
                .putInt(f.cost())
                .putInt(chunk)
                .putInt(lo % chunk)
                .array();
        return new Task(Protocol.POOL_MAP, fields, in, lo, hi);
    }

    /** Test-only fault injection; see {@link Fault}. */
    public static Task fault(Fault fault, long argument) {
        Args.notNull("fault", fault);
        byte[] fields = ByteBuffer.allocate(1 + Long.BYTES)
                .put((byte) fault.ordinal())
                .putLong(argument)
                .array();
        return new Task(Protocol.FAULT, fields, null, 0, 0);
    }

    byte type() {
        return type;
    }

    byte[] fields() {
        return fields;
    }

    double[] data() {
        return data;
    }

    int lo() {
        return lo;
    }

    int hi() {
        return hi;
    }

    @Override
    public String toString() {
        return Protocol.name(type) + (data == null ? "" : "[" + (hi - lo) + " doubles]");
    }
}
