package dev.speedup.core.forked;

/**
 * The wire format between a pool and its worker JVMs: length-prefixed binary frames on the child's
 * stdin and stdout, {@code magic:int type:byte request:int length:int payload[length]}, big-endian.
 * No Java serialization: every payload is a few fixed fields and then, for maps, raw doubles; maps
 * on {@link SharedDoubles} carry only the arrays' names, offsets and lengths.
 */
final class Protocol {
    /** "SPUD": a stray print or a JVM message on the channel fails this check at once. */
    static final int MAGIC = 0x53505544;
    /** Bumped whenever a frame's layout changes; a HELLO with another version is refused. */
    static final int VERSION = 2;

    static final int HEADER_BYTES = 4 + 1 + 4 + 4;
    /** Doubles one frame may carry: 32 MiB, so a child's heap never needs more than a few times that. */
    static final int MAX_DOUBLES = 1 << 22;
    /** The largest payload: the doubles plus room for a task's fixed fields. A longer length is garbage. */
    static final int MAX_PAYLOAD = MAX_DOUBLES * Double.BYTES + 64;

    // Child to parent.
    static final byte HELLO = 1;
    static final byte RESULT = 2;
    static final byte ERROR = 3;
    // Parent to child.
    static final byte PING = 10;
    static final byte ECHO = 11;
    static final byte PI_SUM = 12;
    static final byte SQUARE_MAP = 13;
    static final byte POOL_MAP = 14;
    static final byte FAULT = 15;
    static final byte SHUTDOWN = 16;
    /** Square-map in shared memory: only array names, offsets and lengths travel. */
    static final byte SQUARE_MAP_SHARED = 17;
    /** Pool map in shared memory: only array names, offsets and lengths travel. */
    static final byte POOL_MAP_SHARED = 18;

    private Protocol() {}

    static boolean isKnown(byte type) {
        return (type >= HELLO && type <= ERROR) || (type >= PING && type <= POOL_MAP_SHARED);
    }

    static String name(byte type) {
        switch (type) {
            case HELLO:
                return "HELLO";
            case RESULT:
                return "RESULT";
            case ERROR:
                return "ERROR";
            case PING:
                return "PING";
            case ECHO:
                return "ECHO";
            case PI_SUM:
                return "PI_SUM";
            case SQUARE_MAP:
                return "SQUARE_MAP";
            case POOL_MAP:
                return "POOL_MAP";
            case FAULT:
                return "FAULT";
            case SHUTDOWN:
                return "SHUTDOWN";
            case SQUARE_MAP_SHARED:
                return "SQUARE_MAP_SHARED";
            case POOL_MAP_SHARED:
                return "POOL_MAP_SHARED";
            default:
                return "type " + type;
        }
    }
}
