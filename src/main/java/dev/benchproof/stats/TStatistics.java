package dev.benchproof.stats;

/**
 * The parts shared by the Welch and paired t-tests once the delta, its standard error and the
 * degrees of freedom are known.
 *
 * <p><b>Degenerate samples.</b> A zero standard error (no spread in either arm, or equal paired
 * differences) has no t distribution: SciPy returns NaN. Here such a test is <em>degenerate</em>,
 * with finite values that claim nothing: statistic 0, p-value 1 and the interval
 * \((-\infty, +\infty)\), so no gate built on it can pass. A finite but overflowing statistic is
 * clamped to \(\pm\)MAX_VALUE.
 *
 * <p><b>Sidedness.</b> The interval matches the alternative, so that a gate on its lower end agrees
 * with the p-value: two-sided \(\delta \pm t_{1-\alpha/2,\,\nu}\,se\); greater
 * \([\delta - t_{1-\alpha,\,\nu}\,se, +\infty)\), whose lower end is above 0 exactly when
 * \(P(T_\nu &gt; t) &lt; \alpha\).
 */
final class TStatistics {
    private TStatistics() {
    }

    /**
     * Returns \(t = \delta / se\), clamped to finite values; 0 for a degenerate test.
     *
     * @param delta the mean delta (at the scale of {@code se})
     * @param se its standard error, non-negative
     * @return the statistic
     */
    static double statistic(double delta, double se) {
        if (delta == 0 || se == 0) {
            return 0;
        }
        final double t = delta / se;
        return Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, t));
    }

    /**
     * Returns the p-value of {@code t} with {@code df} degrees of freedom; 1 for a degenerate test.
     *
     * @param t the statistic from {@link #statistic(double, double)}
     * @param se the standard error (zero selects the degenerate definition)
     * @param df the degrees of freedom
     * @param alternative the alternative hypothesis
     * @return the p-value
     */
    static double pValue(double t, double se, double df, Alternative alternative) {
        if (se == 0) {
            return 1;
        }
        return Distributions.tPValue(t, df, alternative);
    }

    /**
     * Returns the \((1-\alpha)\) interval of the delta matching the alternative (see the class
     * comment); \((-\infty, +\infty)\) for a degenerate test.
     *
     * @param delta the mean delta
     * @param se its standard error (unscaled)
     * @param df the degrees of freedom
     * @param alpha the significance level
     * @param alternative the alternative hypothesis
     * @return the interval, with an infinite upper end for greater
     */
    static Interval interval(double delta, double se, double df, double alpha, Alternative alternative) {
        if (se == 0) {
            return Interval.UNBOUNDED;
        }
        if (alternative == Alternative.GREATER) {
            return new Interval(delta - Distributions.tQuantileUpper(alpha, df) * se, Double.POSITIVE_INFINITY);
        }
        final double half = Distributions.tQuantileUpper(alpha / 2, df) * se;
        return new Interval(delta - half, delta + half);
    }
}
