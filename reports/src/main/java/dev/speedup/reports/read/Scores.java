package dev.speedup.reports.read;

import java.nio.file.Path;

/** The one rule every primary score obeys, from any file format: a finite number above zero. */
final class Scores {
    private Scores() {}

    /** A time per op or ops per time of zero, below zero or infinite cannot be a measurement. */
    static void requireValid(Path file, int line, String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw BadInputException.at(
                    file, line, "expected a finite number above zero in " + what + ", found " + value);
        }
    }
}
