package dev.benchproof.stats;

/**
 * A closed interval {@code [low, high]}, such as a confidence interval.
 *
 * @param low the lower bound
 * @param high the upper bound, never less than {@code low}
 */
public record Interval(double low, double high) {
}
