package dev.speedup.reports.read;

import java.nio.file.Path;

/**
 * Input that cannot be read as asked; its message is the one line a user sees (file, line, what was
 * expected), so the CLI prints it without a stack trace.
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message, null, false, false);
    }

    /** A problem at one line of one file; {@code line <= 0} means the file as a whole. */
    public static BadInputException at(Path file, int line, String what) {
        return new BadInputException(line > 0 ? file + ":" + line + ": " + what : file + ": " + what);
    }
}
