package dev.speedup.reports.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Follows line numbers while a CSV parser reads, so a record's character position becomes the line a
 * person sees without keeping the text. Only the lines the parser has read ahead are remembered.
 */
final class LineTrackingReader extends FilterReader {
    /** Where a line's first character that is not a line break sits, and that line's number. */
    private record ContentStart(long position, int line) {}

    private final ArrayDeque<ContentStart> starts = new ArrayDeque<>();
    private long position;
    private int line = 1;
    private boolean lineHasContent;

    LineTrackingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            track((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            track(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping would lose count; read instead (the CSV parser never skips).
        char[] sink = new char[(int) Math.min(n, 8192)];
        int read = read(sink, 0, sink.length);
        return Math.max(read, 0);
    }

    private void track(char c) {
        if (c == '\n') {
            line++;
            lineHasContent = false;
        } else if (c != '\r' && !lineHasContent) {
            starts.addLast(new ContentStart(position, line));
            lineHasContent = true;
        }
        position++;
    }

    /**
     * The line of the first character at or after {@code characterPosition} that is not a line
     * break: the parser's position for a record can point at blank lines it skipped. Positions
     * must be asked in increasing order; earlier lines are forgotten.
     */
    int lineAt(long characterPosition) {
        while (!starts.isEmpty() && starts.peekFirst().position() < characterPosition) {
            starts.removeFirst();
        }
        return starts.isEmpty() ? line : starts.peekFirst().line();
    }
}
