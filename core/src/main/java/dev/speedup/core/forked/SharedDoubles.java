package dev.speedup.core.forked;

import dev.speedup.core.kernel.Args;
import dev.speedup.core.kernel.Doubles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An array of doubles in a memory-mapped file that worker JVMs map too: the JVM's
 * {@code multiprocessing.shared_memory}. Tasks on it carry only offsets and lengths.
 *
 * <p>The file is made in {@code /dev/shm} where it exists (memory, not disk), else the temp
 * directory ({@code -Dspeedup.sharedMemoryDir=DIR} overrides both), filled with zeros at once so
 * that a full disk is an {@link IOException} here and not a crash on first touch, and unlinked
 * before {@link #create} returns: workers open it through {@code /proc/<pid>/fd/<fd>} of this
 * process, which stays valid while this array is open. So no file is ever left behind, whatever
 * kills whom, and a replacement worker can still map it. Needs Linux's {@code /proc}; elsewhere
 * {@link #create} throws and callers fall back to pipes.
 *
 * <p>Mapped in segments of 2^27 doubles (1 GiB), since one mapping holds at most 2 GiB.
 */
public final class SharedDoubles implements Doubles {
    /** Overrides where the file is made; tests point it at something unwritable. */
    public static final String DIRECTORY_PROPERTY = "speedup.sharedMemoryDir";

    static final int SEGMENT_SHIFT = 27;
    private static final int SEGMENT = 1 << SEGMENT_SHIFT;
    private static final AtomicLong IDS = new AtomicLong();

    private final long id;
    private final int length;
    private final String source;
    private final FileChannel channel;
    private final DoubleBuffer[] segments;

    private SharedDoubles(long id, int length, String source, FileChannel channel) throws IOException {
        this.id = id;
        this.length = length;
        this.source = source;
        this.channel = channel;
        int count = (int) (((long) length + SEGMENT - 1) >>> SEGMENT_SHIFT);
        this.segments = new DoubleBuffer[count];
        for (int k = 0; k < count; k++) {
            long first = (long) k << SEGMENT_SHIFT;
            long n = Math.min(SEGMENT, length - first);
            segments[k] = channel.map(FileChannel.MapMode.READ_WRITE, first * Double.BYTES, n * Double.BYTES)
                    .order(ByteOrder.nativeOrder())
                    .asDoubleBuffer();
        }
    }

    /** A new zeroed array of {@code length} doubles in the default directory. */
    public static SharedDoubles create(int length) throws IOException {
        return create(directory(), length);
    }

    /** A new zeroed array of {@code length} doubles in a file made (and at once unlinked) in {@code dir}. */
    public static SharedDoubles create(Path dir, int length) throws IOException {
        Args.nonNegative("length", length);
        Path file = Files.createTempFile(dir, "speedup-shm-", ".doubles");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            reserve(channel, (long) length * Double.BYTES);
            int fd = descriptorOf(file.toRealPath());
            String source = "/proc/" + ProcessHandle.current().pid() + "/fd/" + fd;
            SharedDoubles shared = new SharedDoubles(IDS.incrementAndGet(), length, source, channel);
            channel = null;
            return shared;
        } finally {
            Files.deleteIfExists(file); // the open channel keeps the memory; the name goes now
            if (channel != null) {
                channel.close();
            }
        }
    }

    /** In a worker: maps the array a parent made, named by the path and length its tasks carry. */
    static SharedDoubles open(long id, String source, int length) throws IOException {
        FileChannel channel = FileChannel.open(Path.of(source), StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            long size = channel.size();
            if (size != (long) length * Double.BYTES) {
                throw new IOException(source + " holds " + size + " bytes, not " + length + " doubles");
            }
            return new SharedDoubles(id, length, source, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** {@code /dev/shm} where it is a writable directory, else the temp directory; or the property's. */
    public static Path directory() {
        String chosen = System.getProperty(DIRECTORY_PROPERTY);
        if (chosen != null) {
            return Path.of(chosen);
        }
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Writes zeros over the whole file: tmpfs and disks allocate now, or say they are full now. */
    private static void reserve(FileChannel channel, long bytes) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocateDirect(1 << 20);
        for (long at = 0; at < bytes; ) {
            zeros.clear().limit((int) Math.min(zeros.capacity(), bytes - at));
            at += channel.write(zeros, at);
        }
    }

    /** The number of the descriptor through which this process has {@code file} open. */
    private static int descriptorOf(Path file) throws IOException {
        Path target = file;
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path fd : fds) {
                try {
                    if (Files.readSymbolicLink(fd).equals(target)) {
                        return Integer.parseInt(fd.getFileName().toString());
                    }
                } catch (IOException | NumberFormatException e) {
                    // closed meanwhile, or not a number: not ours
                }
            }
        } catch (IOException e) {
            throw new IOException("no /proc/self/fd to share the mapped file through: " + e.getMessage(), e);
        }
        throw new IOException("the mapped file " + target + " is not among /proc/self/fd");
    }

    long id() {
        return id;
    }

    /** The path a worker opens to map this array; fails once this array is closed (its fd may be reused). */
    String source() {
        if (!channel.isOpen()) {
            throw new IllegalStateException(this + " is closed");
        }
        return source;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public void get(int at, double[] dst, int off, int n) {
        checkRange(at, n);
        while (n > 0) {
            int segment = at >>> SEGMENT_SHIFT;
            int within = at & (SEGMENT - 1);
            int step = Math.min(n, SEGMENT - within);
            segments[segment].get(within, dst, off, step);
            at += step;
            off += step;
            n -= step;
        }
    }

    @Override
    public void put(int at, double[] src, int off, int n) {
        checkRange(at, n);
        while (n > 0) {
            int segment = at >>> SEGMENT_SHIFT;
            int within = at & (SEGMENT - 1);
            int step = Math.min(n, SEGMENT - within);
            segments[segment].put(within, src, off, step);
            at += step;
            off += step;
            n -= step;
        }
    }

    private void checkRange(int at, int n) {
        if (at < 0 || n < 0 || (long) at + n > length) {
            throw new IndexOutOfBoundsException("[" + at + ", " + ((long) at + n) + ") outside [0, " + length + ")");
        }
    }

    /**
     * Closes the file: its memory is freed once every process has unmapped it (the mappings
     * themselves go when the garbage collector drops them, or with the process).
     */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing to lose: the file has no name and the mapping stays valid.
        }
    }

    @Override
    public String toString() {
        return "SharedDoubles[" + length + " doubles, " + source + "]";
    }
}
