package dev.speedup.reports.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryBehind() throws Exception {
        Path file = Files.writeString(dir.resolve("summary.md"), "old");
        assertThrows(
                OutputException.class,
                () -> SafeFiles.write(file, out -> {
                    out.write("half of the new".getBytes());
                    throw new IOException("No space left on device");
                }));
        assertEquals("old", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void aLinkWhereAFileGoesIsRefusedAndItsTargetUntouched() throws Exception {
        Path target = Files.writeString(dir.resolve("target.txt"), "precious");
        Path link = Files.createSymbolicLink(dir.resolve("summary.md"), target);
        OutputException e = assertThrows(OutputException.class, () -> SafeFiles.writeString(link, "new"));
        assertTrue(e.getMessage().startsWith(link + ": is a symbolic link"), e.getMessage());
        assertEquals("precious", Files.readString(target));
    }

    @Test
    void aLinkedDirectoryIsRefused() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("charts"), real);
        assertThrows(OutputException.class, () -> SafeFiles.createDirectories(link));
        assertThrows(OutputException.class, () -> SafeFiles.writeString(link.resolve("a.png"), "x"));
        try (Stream<Path> files = Files.list(real)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void writeFailuresAreNamedInWords() {
        assertEquals("permission denied", OutputException.reason(new AccessDeniedException("/r/summary.md")));
        assertEquals(
                "disk full",
                OutputException.reason(new FileSystemException("/r/a.png", null, "No space left on device")));
        assertEquals("disk full", OutputException.reason(new IOException("No space left on device")));
        assertEquals("not a directory", OutputException.reason(new FileSystemException("/r", null, "Not a directory")));
        assertEquals(
                "read-only file system",
                OutputException.reason(new FileSystemException("/r", null, "Read-only file system")));
    }
}
