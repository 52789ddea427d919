package dev.speedup.core.forked;

import dev.speedup.core.kernel.Args;
import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.strategy.PiLoop;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

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

    /** Elements a shared-memory task covers in place; 0 for the others. */
    private final int inPlace;

    private Task(byte type, byte[] fields, double[] data, int lo, int hi) {
        this(type, fields, data, lo, hi, 0);
    }

    private Task(byte type, byte[] fields, double[] data, int lo, int hi, int inPlace) {
        this.type = type;
        this.fields = fields;
        this.data = data;
        this.lo = lo;
        this.hi = hi;
        this.inPlace = inPlace;
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
        byte[] fields = putFunction(ByteBuffer.allocate(POOL_MAP_FIELDS), f)
                .putInt(chunk)
                .putInt(lo % chunk)
                .array();
        return new Task(Protocol.POOL_MAP, fields, in, lo, hi);
    }

    /** Bytes {@link #putFunction} writes: the cost, the heavy cost and the heavy-below bound. */
    private static final int FUNCTION_BYTES = Integer.BYTES + Integer.BYTES + Double.BYTES;

    /** Bytes of a POOL_MAP frame before its doubles: the function, chunk and phase. */
    static final int POOL_MAP_FIELDS = FUNCTION_BYTES + 4 + 4;

    private static ByteBuffer putFunction(ByteBuffer b, PoolFunction f) {
        return b.putInt(f.cost()).putInt(f.heavyCost()).putDouble(f.heavyBelow());
    }

    static PoolFunction getFunction(ByteBuffer b) {
        return new PoolFunction(b.getInt(), b.getInt(), b.getDouble());
    }

    /**
     * Squares {@code in[lo, hi)} into {@code out[lo, hi)}, both in shared memory: only the arrays'
     * names and the range travel, the worker writes the squares in place and replies with nothing.
     */
    public static Task squareMap(SharedDoubles in, SharedDoubles out, int lo, int hi) {
        sameLength(in, out);
        Args.range(lo, hi, in.length());
        ByteBuffer b = ByteBuffer.allocate(refBytes(in) + refBytes(out) + 2 * Integer.BYTES);
        putRef(b, in);
        putRef(b, out);
        byte[] fields = b.putInt(lo).putInt(hi).array();
        return new Task(Protocol.SQUARE_MAP_SHARED, fields, null, 0, 0, hi - lo);
    }

    /**
     * Applies {@code f} to {@code in[lo, hi)} into {@code out[lo, hi)}, both in shared memory;
     * replies with nothing. (A batch of whole chunks: f is element-wise, so the worker needs no chunk size.)
     */
    public static Task poolMap(PoolFunction f, SharedDoubles in, SharedDoubles out, int lo, int hi) {
        Args.notNull("f", f);
        sameLength(in, out);
        Args.range(lo, hi, in.length());
        ByteBuffer b = ByteBuffer.allocate(refBytes(in) + refBytes(out) + FUNCTION_BYTES + 2 * Integer.BYTES);
        putRef(b, in);
        putRef(b, out);
        byte[] fields = putFunction(b, f).putInt(lo).putInt(hi).array();
        return new Task(Protocol.POOL_MAP_SHARED, fields, null, 0, 0, hi - lo);
    }

    private static void sameLength(SharedDoubles in, SharedDoubles out) {
        Args.notNull("in", in);
        Args.notNull("out", out);
        if (in.length() != out.length()) {
            throw new IllegalArgumentException("in has " + in.length() + " elements, out " + out.length());
        }
    }

    private static int refBytes(SharedDoubles array) {
        return Long.BYTES + Integer.BYTES + Short.BYTES + array.source().getBytes(StandardCharsets.UTF_8).length;
    }

    /** An array's name on the wire: its id (for the worker's cache), length, and the path to map. */
    private static void putRef(ByteBuffer b, SharedDoubles array) {
        byte[] source = array.source().getBytes(StandardCharsets.UTF_8);
        b.putLong(array.id())
                .putInt(array.length())
                .putShort((short) source.length)
                .put(source);
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
        if (inPlace > 0) {
            return Protocol.name(type) + "[" + inPlace + " doubles in shared memory]";
        }
        return Protocol.name(type) + (data == null ? "" : "[" + (hi - lo) + " doubles]");
    }
}
