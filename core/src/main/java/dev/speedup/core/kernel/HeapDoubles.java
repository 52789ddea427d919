package dev.speedup.core.kernel;

/** {@link Doubles} on the Java heap: a plain {@code double[]}, which every thread of this JVM already shares. */
public final class HeapDoubles implements Doubles {
    private final double[] array;

    HeapDoubles(double[] array) {
        this.array = Args.notNull("array", array);
    }

    /** The array itself, not a copy. */
    public double[] array() {
        return array;
    }

    @Override
    public int length() {
        return array.length;
    }

    @Override
    public void get(int at, double[] dst, int off, int n) {
        System.arraycopy(array, at, dst, off, n);
    }

    @Override
    public void put(int at, double[] src, int off, int n) {
        System.arraycopy(src, off, array, at, n);
    }

    @Override
    public void close() {}
}
