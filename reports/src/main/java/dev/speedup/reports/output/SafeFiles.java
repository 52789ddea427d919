package dev.speedup.reports.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every file of a report is written here: into a new temporary file beside it, then moved into
 * place in one step, so a reader never sees half a file, a failed write loses nothing that was
 * there, and a symbolic link planted where a report file goes is never followed.
 */
public final class SafeFiles {
    /** What goes into a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Text written piece by piece, so a large page is never held whole in memory. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Text out) throws IOException;
    }

    /** Where {@link TextContent} goes: each {@link #drain} writes what was built so far and empties it. */
    public static final class Text {
        private final Writer writer;

        private Text(Writer writer) {
            this.writer = writer;
        }

        public void drain(StringBuilder built) throws IOException {
            writer.append(built);
            built.setLength(0);
        }
    }

    private SafeFiles() {}

    public static Path writeText(Path file, TextContent content) throws IOException {
        return write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(new Text(w));
            w.flush();
        });
    }

    public static Path writeString(Path file, CharSequence text) throws IOException {
        return write(file, out -> {
            // Through a writer, not toString(): a large page is not copied once more in memory.
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.append(text);
            w.flush();
        });
    }

    /** Writes {@code file} atomically; the directory it goes in must be a real one, not a link. */
    public static Path write(Path file, Content content) throws IOException {
        Path parent = file.toAbsolutePath().normalize().getParent();
        requireRealDirectory(parent);
        refuseLink(file);
        Temporary temp = temporaryBeside(file);
        try {
            try (OutputStream out = new BufferedOutputStream(temp.out())) {
                content.writeTo(out);
            }
            // rename(2) replaces a directory entry: if a link appeared meanwhile, the link is replaced,
            // never the file it points to.
            Files.move(temp.path(), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp.path());
            if (e instanceof OutputException o) {
                throw o;
            }
            if (e instanceof IOException io) {
                throw new OutputException(file, io);
            }
            throw e;
        }
        return file;
    }

    /** Creates {@code dir} (and missing parents); an existing {@code dir} must not be a link. */
    public static Path createDirectories(Path dir) throws IOException {
        refuseLink(dir);
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            requireRealDirectory(dir);
            return dir;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException(dir, e);
        }
        return dir;
    }

    static void refuseLink(Path path) throws OutputException {
        if (Files.isSymbolicLink(path)) {
            throw new OutputException(
                    path, "is a symbolic link; refusing to write through it (remove it, or choose another --out)");
        }
    }

    static void requireRealDirectory(Path dir) throws OutputException {
        refuseLink(dir);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException(
                    dir, Files.exists(dir, LinkOption.NOFOLLOW_LINKS) ? "not a directory" : "no such directory");
        }
    }

    private record Temporary(Path path, OutputStream out) {}

    private static Temporary temporaryBeside(Path file) throws IOException {
        Path parent = file.toAbsolutePath().normalize().getParent();
        for (int attempt = 0; ; attempt++) {
            Path temp = parent.resolve("." + file.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                // CREATE_NEW is O_EXCL: it fails on an existing name, a link included, and follows none.
                return new Temporary(temp, Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw new OutputException(file, e);
                }
            } catch (IOException e) {
                throw new OutputException(file, e);
            }
        }
    }
}
