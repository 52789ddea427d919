package dev.speedup.core.kernel;

/**
 * Pool map's kernel: apply a {@link PoolFunction} to a range of an input, like one chunk of
 * Python's {@code Pool.map(f, xs, chunksize)}. How the chunks are dealt to workers is the
 * strategy's job.
 */
public final class PoolMap {
    private PoolMap() {}

    /** Applies {@code f} to every element of {@code in}, writing {@code out}. */
    public static void apply(PoolFunction f, double[] in, double[] out) {
        Args.mapArrays(in, out);
        applyRange(f, in, out, 0, in.length);
    }

    /** Applies {@code f} to {@code in[lo, hi)}, writing {@code out[lo, hi)}. */
    public static void applyRange(PoolFunction f, double[] in, double[] out, int lo, int hi) {
        Args.notNull("f", f);
        Args.mapArrays(in, out);
        Args.range(lo, hi, in.length);
        for (int i = lo; i < hi; i++) {
            out[i] = f.apply(in[i]);
        }
    }

    /** Applies {@code f} to chunk number {@code index} of {@code chunk} elements (the last may be shorter). */
    public static void applyChunk(PoolFunction f, double[] in, double[] out, int chunk, int index) {
        int lo = Math.multiplyExact(index, chunk);
        applyRange(f, in, out, lo, (int) Math.min(in.length, (long) lo + chunk));
    }

    /** Python's {@code Pool.map} default chunksize: about four chunks per worker, rounded up, at least 1. */
    public static int defaultChunk(int size, int workers) {
        Args.nonNegative("size", size);
        Args.positive("workers", workers);
        return (int) Math.max(1, (size + 4L * workers - 1) / (4L * workers));
    }

    /** The number of chunks of {@code chunk} elements that cover {@code size} elements. */
    public static int chunkCount(int size, int chunk) {
        Args.nonNegative("size", size);
        Args.positive("chunk", chunk);
        return (int) (((long) size + chunk - 1) / chunk);
    }
}
