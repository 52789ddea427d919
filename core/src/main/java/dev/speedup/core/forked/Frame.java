package dev.speedup.core.forked;

import java.nio.ByteBuffer;

/** One decoded frame: its type, the request it belongs to, and its payload bytes. */
record Frame(byte type, int request, byte[] payload) {

    /** The payload from byte {@code offset} on, read as doubles. */
    double[] doubles(int offset) {
        int bytes = payload.length - offset;
        if (bytes < 0 || bytes % Double.BYTES != 0) {
            throw new IllegalStateException(Protocol.name(type) + " payload of " + payload.length
                    + " bytes does not hold whole doubles after byte " + offset);
        }
        double[] values = new double[bytes / Double.BYTES];
        ByteBuffer.wrap(payload, offset, bytes).asDoubleBuffer().get(values);
        return values;
    }

    /** The payload's fixed fields, read from the start. */
    ByteBuffer fields() {
        return ByteBuffer.wrap(payload);
    }
}
