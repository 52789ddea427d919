package dev.speedup.benchmarks;

import java.util.function.DoubleUnaryOperator;

/**
 * The checks every benchmark runs on its own results once per iteration: a benchmark that computes
 * the wrong answer fast must fail loudly, never report a time.
 */
final class Answers {
    /**
     * How far a parallel pi may stray from the serial kernel's: partial sums added in another order
     * differ in the last bits (about 1e-13 here), while a lost or doubled step moves pi by about 2/steps.
     */
    static final double PI_TOLERANCE = 1e-9;

    private Answers() {}

    /** Throws unless {@code actual} is within {@code tolerance} of {@code expected}; NaN (nothing ran) fails too. */
    static void requireClose(String what, double expected, double actual, double tolerance) {
        if (!(Math.abs(actual - expected) <= tolerance)) {
            throw new IllegalStateException(
                    what + ": wrong answer " + actual + ", expected " + expected + " within " + tolerance);
        }
    }

    /** Throws unless the two arrays hold the same bits, naming the first element that differs. */
    static void requireEqual(String what, double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalStateException(what + ": wrong length " + actual.length + ", expected " + expected.length);
        }
        for (int i = 0; i < expected.length; i++) {
            if (Double.compare(expected[i], actual[i]) != 0) {
                throw new IllegalStateException(
                        what + ": wrong answer at [" + i + "]: " + actual[i] + ", expected " + expected[i]);
            }
        }
    }

    /** Throws unless {@code actual[i]} has the bits of {@code f(in[i])} for every i, naming the first that differs. */
    static void requireMapped(String what, double[] in, DoubleUnaryOperator f, double[] actual) {
        if (in.length != actual.length) {
            throw new IllegalStateException(what + ": wrong length " + actual.length + ", expected " + in.length);
        }
        for (int i = 0; i < in.length; i++) {
            double expected = f.applyAsDouble(in[i]);
            if (Double.compare(expected, actual[i]) != 0) {
                throw new IllegalStateException(
                        what + ": wrong answer at [" + i + "]: " + actual[i] + ", expected " + expected);
            }
        }
    }

    /** Throws unless {@code actual == expected}. */
    static void requireEqual(String what, long expected, long actual) {
        if (expected != actual) {
            throw new IllegalStateException(what + ": wrong answer " + actual + ", expected " + expected);
        }
    }
}
