package dev.speedup.core.kernel;

/**
 * An array of doubles that lives on the Java heap or in memory shared with other processes; read
 * and written in bulk ranges, never one element at a time. Close it when done (a no-op on the heap).
 */
public interface Doubles extends AutoCloseable {
    /** Doubles per bulk step of the default methods: 64 KiB, small enough to stay in L1/L2. */
    int BLOCK = 8192;

    int length();

    /** Copies {@code this[at, at+n)} into {@code dst[off, off+n)}. */
    void get(int at, double[] dst, int off, int n);

    /** Copies {@code src[off, off+n)} into {@code this[at, at+n)}. */
    void put(int at, double[] src, int off, int n);

    /** Copies all of {@code src}, which has this length, in. */
    default void copyFrom(double[] src) {
        requireLength("src", src);
        put(0, src, 0, src.length);
    }

    /** Copies all of this into {@code dst}, which has this length. */
    default void copyTo(double[] dst) {
        requireLength("dst", dst);
        get(0, dst, 0, dst.length);
    }

    private void requireLength(String name, double[] array) {
        Args.notNull(name, array);
        if (array.length != length()) {
            throw new IllegalArgumentException(
                    name + " has " + array.length + " elements, this array " + length() + ": they must match");
        }
    }

    /** Sets every element to {@code value}. */
    default void fill(double value) {
        double[] block = new double[Math.min(BLOCK, length())];
        java.util.Arrays.fill(block, value);
        for (int at = 0; at < length(); at += block.length) {
            put(at, block, 0, Math.min(block.length, length() - at));
        }
    }

    @Override
    void close();

    /** A view of {@code array} as {@code Doubles}: no copy. */
    static HeapDoubles onHeap(double[] array) {
        return new HeapDoubles(array);
    }
}
