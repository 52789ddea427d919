package dev.speedup.reports.analysis;

import java.util.Optional;

/**
 * For one strategy at its highest core count: the smallest measured size from which on it beats
 * the SERIAL one-core time at every larger measured size; empty when it never does.
 */
public record BreakEven(String strategy, int cores, Optional<String> size, String largestSize) {}
