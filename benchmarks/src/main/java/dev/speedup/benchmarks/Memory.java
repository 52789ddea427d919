package dev.speedup.benchmarks;

import dev.speedup.core.kernel.Doubles;
import dev.speedup.core.strategy.ParallelEngine;

/**
 * Where a map benchmark's arrays live: {@code HEAP}, plain {@code double[]} as a Java program
 * starts with; {@code SHARED}, the strategy's own shared buffers ({@link ParallelEngine#allocate}),
 * made and filled in setup. For FORKED_JVM, SHARED is memory mapped by every worker JVM, so the
 * measurement is the map where the data already lives, and HEAP adds the copies there and back.
 * For the in-JVM strategies SHARED is the heap again: their threads already share it, and a
 * mapped file would only add page faults and bounds checks, so their two rows should agree.
 */
public enum Memory {
    HEAP,
    SHARED;

    /** The engine's buffer of {@code values.length} doubles holding {@code values}, or null for HEAP. */
    Doubles buffer(ParallelEngine engine, double[] values) {
        if (this == HEAP) {
            return null;
        }
        Doubles buffer = engine.allocate(values.length);
        buffer.copyFrom(values);
        return buffer;
    }
}
