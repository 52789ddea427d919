package dev.speedup.benchmarks;

/** Benchmark inputs, made once per trial outside the measurement. */
final class Inputs {
    private Inputs() {}

    /**
     * {@code 1.0, 1.5, 2.0, ...}: distinct, non-zero and exact, so a result element left unwritten
     * or written from the wrong index never passes for a right one.
     */
    static double[] ramp(int size) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = 1.0 + 0.5 * i;
        }
        return values;
    }
}
