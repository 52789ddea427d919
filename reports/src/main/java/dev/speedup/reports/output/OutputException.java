package dev.speedup.reports.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** A file of the report could not be written; the message names the path and says why, in words. */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    public OutputException(Path path, String why) {
        super(path + ": " + why);
    }

    public OutputException(Path path, IOException cause) {
        super(path + ": " + reason(cause), cause);
    }

    /** The cause of a failed write as a user would say it: permission denied, disk full, ... */
    public static String reason(IOException e) {
        String text = String.valueOf(
                        e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage())
                .toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException
                || text.contains("permission denied")
                || text.contains("read-only file system")
                || text.contains("operation not permitted")) {
            return text.contains("read-only") ? "read-only file system" : "permission denied";
        }
        if (e instanceof NotDirectoryException
                || e instanceof FileAlreadyExistsException
                || text.contains("not a directory")) {
            return "not a directory";
        }
        if (text.contains("no space left") || text.contains("disk quota exceeded") || text.contains("file too large")) {
            return "disk full";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        String message =
                e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return message == null
                ? e.getClass().getSimpleName()
                : message.replaceAll("\\s+", " ").trim();
    }
}
