package dev.speedup.reports.analysis;

/**
 * The fastest single-core time measured in a run for one computation (π with a given number of
 * steps, by any loop): the honest speedup numerator, in seconds per operation.
 *
 * @param source what ran it, e.g. {@code KernelBenchmark.tuned} or {@code PiBenchmark.pi SERIAL loop=VECTOR}
 */
public record SingleCore(String source, double seconds, double error) {}
