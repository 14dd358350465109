package dev.benchproof.stats;

/**
 * Sample-size planning for comparing two means with the normal approximation.
 *
 * \[ n = \left\lceil \frac{(z_{1-\alpha'} + z_{\pi})^2\,(\sigma_b^2 + \sigma_t^2)}{\delta^2}
 *    \right\rceil, \qquad \alpha' = \alpha/2 \text{ (two-sided) or } \alpha \text{ (greater)} \]
 * episodes per arm, where \(\pi\) is the power and \(\delta\) the smallest delta worth detecting.
 */
public final class Power {
    /** The smallest sample size returned: every test here needs two values per arm. */
    static final long MIN_EPISODES = 2;

    private Power() {
    }

    /**
     * Returns the number of episodes per arm needed to detect {@code minDelta}.
     *
     * <p>The result is at least 2; it is 2 when both variances are 0, and saturates at
     * {@link Long#MAX_VALUE}.
     *
     * @param varianceBaseline \(\sigma_b^2\), the variance of one baseline episode
     * @param varianceTrained \(\sigma_t^2\), the variance of one trained episode
     * @param minDelta \(\delta &gt; 0\), the smallest true delta to detect
     * @param alpha the significance level
     * @param power \(\pi\), the probability of detecting a true delta of {@code minDelta}
     * @param alternative selects \(z_{1-\alpha/2}\) (two-sided) or \(z_{1-\alpha}\) (greater)
     * @return episodes per arm
     * @throws StatisticsException if a variance is negative or not finite, {@code minDelta} is not
     *     positive and finite, {@code alpha} or {@code power} is not in (0, 1), or the
     *     alternative is null
     */
    public static long episodesPerArm(double varianceBaseline, double varianceTrained, double minDelta,
                                      double alpha, double power, Alternative alternative) {
        Arguments.checkVariance(varianceBaseline);
        Arguments.checkVariance(varianceTrained);
        Arguments.checkMinDelta(minDelta);
        Arguments.checkAlpha(alpha);
        Arguments.checkPower(power);
        Arguments.checkNotNull(alternative, "alternative");
        if (varianceBaseline + varianceTrained == 0) {
            return MIN_EPISODES;
        }
        final double tail = alternative == Alternative.GREATER ? alpha : alpha / 2;
        final double z = Distributions.normalQuantile(1 - tail) + Distributions.normalQuantile(power);
        final double n = Math.ceil(z * z * (varianceBaseline + varianceTrained) / (minDelta * minDelta));
        if (!(n < Long.MAX_VALUE)) {
            return Long.MAX_VALUE;
        }
        return Math.max(MIN_EPISODES, (long) n);
    }
}
