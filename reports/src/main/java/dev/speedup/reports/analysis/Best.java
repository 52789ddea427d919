package dev.speedup.reports.analysis;

/**
 * The fastest strategy of a case at one core count; {@code tie} when the runner-up's score lies
 * within the two error bars, so the ranking is not a measured fact.
 */
public record Best(int cores, String strategy, String runnerUp, boolean tie) {}
