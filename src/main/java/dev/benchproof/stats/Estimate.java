package dev.benchproof.stats;

/**
 * A point estimate with its bootstrap confidence interval.
 *
 * @param point the statistic on the observed data
 * @param ciLow lower bound of the interval
 * @param ciHigh upper bound of the interval
 */
public record Estimate(double point, double ciLow, double ciHigh) {
}
