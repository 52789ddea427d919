package dev.speedup.core.forked;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;

/** Reads and writes {@link Protocol} frames, checking every header before trusting its length. */
final class Frames {
    /** Doubles converted per bulk write: 64 KiB, the size of a Linux pipe buffer. */
    private static final int SLICE = 8192;

    private static final byte[] NO_FIELDS = new byte[0];

    private Frames() {}

    /**
     * The next frame, or {@code null} at a clean end of stream between frames.
     *
     * @throws ProtocolException the bytes are not a frame (bad magic, unknown type, bad length)
     * @throws EOFException the stream ended inside a frame
     */
    static Frame read(DataInputStream in) throws IOException {
        byte[] header = new byte[Protocol.HEADER_BYTES];
        int got = in.readNBytes(header, 0, header.length);
        if (got == 0) {
            return null;
        }
        ByteBuffer h = ByteBuffer.wrap(header);
        int magic = h.getInt(0);
        if (got >= 4 && magic != Protocol.MAGIC) {
            throw new ProtocolException("garbage on the channel: bad magic 0x" + Integer.toHexString(magic) + " (\""
                    + printable(header, got) + "\")");
        }
        if (got < header.length) {
            throw new EOFException("channel ended inside a frame header");
        }
        byte type = h.get(4);
        int request = h.getInt(5);
        int length = h.getInt(9);
        if (!Protocol.isKnown(type)) {
            throw new ProtocolException("garbage on the channel: unknown frame type " + type);
        }
        if (length < 0 || length > Protocol.MAX_PAYLOAD) {
            throw new ProtocolException(
                    "garbage on the channel: frame length " + length + " outside [0, " + Protocol.MAX_PAYLOAD + "]");
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new Frame(type, request, payload);
    }

    /** Writes a frame of fixed fields only, and flushes. */
    static void write(DataOutputStream out, byte type, int request, byte[] fields) throws IOException {
        write(out, type, request, fields, null, 0, 0);
    }

    /**
     * Writes a frame whose payload is {@code fields} followed by {@code data[lo, hi)}, and flushes.
     * The doubles go out in bulk slices, never one {@code writeDouble} at a time.
     */
    static void write(DataOutputStream out, byte type, int request, byte[] fields, double[] data, int lo, int hi)
            throws IOException {
        byte[] head = fields == null ? NO_FIELDS : fields;
        int count = hi - lo;
        if (count > Protocol.MAX_DOUBLES) {
            throw new IllegalArgumentException(
                    "a frame carries at most " + Protocol.MAX_DOUBLES + " doubles, not " + count);
        }
        out.writeInt(Protocol.MAGIC);
        out.writeByte(type);
        out.writeInt(request);
        out.writeInt(head.length + count * Double.BYTES);
        out.write(head);
        if (count > 0) {
            byte[] bytes = new byte[Math.min(count, SLICE) * Double.BYTES];
            DoubleBuffer view = ByteBuffer.wrap(bytes).asDoubleBuffer();
            for (int at = lo; at < hi; at += SLICE) {
                int n = Math.min(SLICE, hi - at);
                view.clear();
                view.put(data, at, n);
                out.write(bytes, 0, n * Double.BYTES);
            }
        }
        out.flush();
    }

    private static String printable(byte[] bytes, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            s.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return s.toString();
    }
}
