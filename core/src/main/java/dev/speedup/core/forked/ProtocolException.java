package dev.speedup.core.forked;

import java.io.IOException;

/** Bytes on a channel that are not a valid frame: the peer wrote garbage, and the channel is lost. */
final class ProtocolException extends IOException {
    private static final long serialVersionUID = 1L;

    ProtocolException(String message) {
        super(message);
    }
}
