/**
 * JMH benchmarks of speedup against core count, one class per workload, and the small command-line
 * helpers that {@code run-bench.sh} uses to plan a sweep, merge its CSVs and check a run.
 */
package dev.speedup.benchmarks;
