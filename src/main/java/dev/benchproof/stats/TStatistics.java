package dev.benchproof.stats;

/**
 * The parts shared by the Welch and paired t-tests once the delta, its standard error and the
 * degrees of freedom are known.
 *
 * <p>A zero standard error (no spread at all) has no t distribution. It is defined so that every
 * output stays finite:
 * <ul>
 *   <li>delta = 0: statistic 0 and p-value 1;</li>
 *   <li>delta &gt; 0: statistic {@code +Double.MAX_VALUE}, p-value 0;</li>
 *   <li>delta &lt; 0: statistic {@code -Double.MAX_VALUE}, p-value 0 for two-sided and 1 for
 *       greater;</li>
 *   <li>the interval is {@code [delta, delta]}.</li>
 * </ul>
 * A finite but overflowing statistic is clamped to \(\pm\)MAX_VALUE the same way.
 */
final class TStatistics {
    private TStatistics() {
    }

    /**
     * Returns \(t = \delta / se\), clamped to finite values.
     *
     * @param delta the mean delta
     * @param se its standard error, non-negative
     * @return the statistic
     */
    static double statistic(double delta, double se) {
        if (delta == 0) {
            return 0;
        }
        final double t = se == 0 ? Math.copySign(Double.POSITIVE_INFINITY, delta) : delta / se;
        return Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, t));
    }

    /**
     * Returns the p-value of {@code t} with {@code df} degrees of freedom.
     *
     * @param t the statistic from {@link #statistic(double, double)}
     * @param se the standard error (zero selects the degenerate definition)
     * @param df the degrees of freedom
     * @param alternative the alternative hypothesis
     * @return the p-value
     */
    static double pValue(double t, double se, double df, Alternative alternative) {
        if (se == 0) {
            if (t == 0) {
                return 1;
            }
            return alternative == Alternative.GREATER && t < 0 ? 1 : 0;
        }
        return Distributions.tPValue(t, df, alternative);
    }

    /**
     * Returns the two-sided interval \(\delta \pm t_{1-\alpha/2,\,df}\, se\).
     *
     * @param delta the mean delta
     * @param se its standard error
     * @param df the degrees of freedom
     * @param alpha the significance level
     * @return the interval
     */
    static Interval interval(double delta, double se, double df, double alpha) {
        if (se == 0) {
            return new Interval(delta, delta);
        }
        final double half = Distributions.tQuantile(1 - alpha / 2, df) * se;
        return new Interval(delta - half, delta + half);
    }
}
