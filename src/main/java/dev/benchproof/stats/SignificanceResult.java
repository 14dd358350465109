package dev.benchproof.stats;

/**
 * What every hypothesis test here returns, whatever else its result holds (modelled on
 * commons-statistics' {@code SignificanceResult}): the statistic, the p-value for the alternative
 * asked for, and the decision at a level.
 */
public interface SignificanceResult {

    /** The test statistic as the test defines it (t, U, W+). */
    double statistic();

    /** The p-value for the alternative the test was run with. */
    double pValue();

    /**
     * Whether the null hypothesis is rejected at level {@code alpha}: {@code p <= alpha}.
     *
     * @param alpha the significance level in (0, 1)
     * @return true when the p-value is at most alpha
     * @throws StatisticsException if {@code alpha} is not in (0, 1)
     */
    default boolean reject(double alpha) {
        return pValue() <= Arguments.checkAlpha(alpha);
    }
}
