package dev.benchproof.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Sample-size planning for the t-tests the gates use, with the same sidedness and level.
 *
 * <p>A t-test passes when \(t &gt; c\), \(c = t_{1-\alpha',\,\nu}\) with \(\alpha' = \alpha/2\)
 * (two-sided) or \(\alpha\) (greater). Under a true delta \(\delta\) the statistic is noncentral
 * t with noncentrality \(\lambda = \delta/\sqrt{V/n}\), so the power is
 * \[ \pi(n) = P(T'_{\nu,\lambda} &gt; c) \; \big[+\, P(T'_{\nu,\lambda} &lt; -c) \text{ two-sided}\big]
 *    = \int_0^\infty \chi_\nu(v)\,\bar\Phi\!\big(c\,v/\sqrt\nu - \lambda\big)\,dv \;[+\dots] \]
 * with \(\chi_\nu\) the chi density of \(\sqrt{W}\), \(W \sim \chi^2_\nu\), integrated by Simpson's
 * rule over \(\sqrt\nu \pm 12\) (the chi distribution's standard deviation is below 0.71). The
 * result is the smallest \(n \ge 2\) with \(\pi(n) \ge\) the target:
 * <ul>
 *   <li>independent arms (Welch), \(n\) per arm: \(V = \sigma_b^2 + \sigma_t^2\),
 *       \(\nu = (n-1)(\sigma_b^2 + \sigma_t^2)^2/(\sigma_b^4 + \sigma_t^4)\);</li>
 *   <li>paired, \(n\) pairs: \(V = \sigma_d^2\), the variance of the differences, \(\nu = n - 1\).</li>
 * </ul>
 * The search starts at the normal-approximation size
 * \(\lceil (z_{1-\alpha'} + z_\pi)^2 V/\delta^2 \rceil\), which never exceeds the answer.
 */
public final class Power {
    /** The smallest sample size returned: every test here needs two values per arm. */
    static final long MIN_EPISODES = 2;
    /** Simpson intervals of the power integral. */
    private static final int INTERVALS = 1024;
    /** Half-width of the integration window in units of the chi variable. */
    private static final double WINDOW = 12;
    /** Beyond this size the t distribution is the normal one to far better than the integral. */
    private static final double NORMAL_DF = 1e7;
    /** Steps of the upward search before it answers with the last size (normal regime by then). */
    private static final int MAX_STEPS = 100_000;

    private Power() {
    }

    /**
     * Returns the number of episodes per arm for Welch's t-test on independent arms to detect
     * {@code minDelta} with the given power.
     *
     * <p>The result is at least 2; it is 2 when both variances are 0, and saturates at
     * {@link Long#MAX_VALUE}.
     *
     * @param varianceBaseline \(\sigma_b^2\), the variance of one baseline episode
     * @param varianceTrained \(\sigma_t^2\), the variance of one trained episode
     * @param minDelta \(\delta &gt; 0\), the smallest true delta to detect
     * @param alpha the significance level of the gate
     * @param power \(\pi\), the probability of detecting a true delta of {@code minDelta}
     * @param alternative the gate's alternative: two-sided or greater
     * @return episodes per arm
     * @throws StatisticsException if a variance is negative or not finite, {@code minDelta} is not
     *     positive and finite, {@code alpha} or {@code power} is not in (0, 1), or the
     *     alternative is null
     */
    public static long episodesPerArm(double varianceBaseline, double varianceTrained, double minDelta,
                                      double alpha, double power, Alternative alternative) {
        Arguments.checkVariance(varianceBaseline);
        Arguments.checkVariance(varianceTrained);
        checkPlan(minDelta, alpha, power, alternative);
        final double v = varianceBaseline + varianceTrained;
        if (v == 0) {
            return MIN_EPISODES;
        }
        // Welch df at n per arm is (n - 1) * ratio, ratio in [1, 2]; computed scaled so squares do not overflow.
        final double rb = varianceBaseline / Math.max(varianceBaseline, varianceTrained);
        final double rt = varianceTrained / Math.max(varianceBaseline, varianceTrained);
        final double ratio = (rb + rt) * (rb + rt) / (rb * rb + rt * rt);
        return search(v, minDelta, alpha, power, alternative, ratio);
    }

    /**
     * Returns the number of pairs for the paired t-test to detect {@code minDelta} with the given
     * power; same conventions as {@link #episodesPerArm}.
     *
     * @param varianceDifference \(\sigma_d^2\), the variance of one paired difference
     * @param minDelta \(\delta &gt; 0\), the smallest true mean difference to detect
     * @param alpha the significance level of the gate
     * @param power the target power
     * @param alternative the gate's alternative
     * @return pairs
     * @throws StatisticsException on the same conditions as {@link #episodesPerArm}
     */
    public static long pairs(double varianceDifference, double minDelta, double alpha, double power,
                             Alternative alternative) {
        Arguments.checkVariance(varianceDifference);
        checkPlan(minDelta, alpha, power, alternative);
        if (varianceDifference == 0) {
            return MIN_EPISODES;
        }
        return search(varianceDifference, minDelta, alpha, power, alternative, 1);
    }

    private static void checkPlan(double minDelta, double alpha, double power, Alternative alternative) {
        Arguments.checkMinDelta(minDelta);
        Arguments.checkAlpha(alpha);
        Arguments.checkPower(power);
        Arguments.checkNotNull(alternative, "alternative");
    }

    /** Smallest n with power(n) >= target, for df = (n - 1) * dfPerEpisode. */
    private static long search(double variance, double minDelta, double alpha, double power, Alternative alternative,
                               double dfPerEpisode) {
        final double tail = alternative == Alternative.GREATER ? alpha : alpha / 2;
        final double z = Distributions.normalQuantile(1 - tail) + Distributions.normalQuantile(power);
        final double start = Math.ceil(z * z * (variance / minDelta / minDelta));
        if (!(start < Long.MAX_VALUE)) {
            return Long.MAX_VALUE;
        }
        long n = Math.max(MIN_EPISODES, (long) start);
        for (int step = 0; step < MAX_STEPS && n < Long.MAX_VALUE; step++, n++) {
            final double df = (n - 1) * dfPerEpisode;
            final double lambda = minDelta / Math.sqrt(variance / n);
            if (power(Distributions.tQuantileUpper(tail, df), df, lambda, alternative) >= power) {
                return n;
            }
        }
        return n;
    }

    /**
     * Power of a t-test with critical value {@code c}, {@code df} degrees of freedom and
     * noncentrality {@code lambda}.
     */
    static double power(double c, double df, double lambda, Alternative alternative) {
        if (df > NORMAL_DF) {
            final double upper = Distributions.normalSurvival(c - lambda);
            return alternative == Alternative.GREATER ? upper : upper + Distributions.normalSurvival(c + lambda);
        }
        final double mode = Math.sqrt(df);
        final double lo = Math.max(0, mode - WINDOW);
        final double h = (mode + WINDOW - lo) / INTERVALS;
        final double logNorm = (df / 2 - 1) * StrictMath.log(2) + Gamma.logGamma(df / 2);
        double sum = 0;
        for (int i = 0; i <= INTERVALS; i++) {
            final double v = lo + i * h;
            final double weight = i == 0 || i == INTERVALS ? 1 : (i % 2 == 1 ? 4 : 2);
            final double logPower = df == 1 ? 0 : (v == 0 ? Double.NEGATIVE_INFINITY : (df - 1) * StrictMath.log(v));
            final double density = StrictMath.exp(logPower - v * v / 2 - logNorm); // chi density: v^(df-1) e^(-v^2/2) / norm
            final double scaled = c * v / mode;
            double p = Distributions.normalSurvival(scaled - lambda);
            if (alternative == Alternative.TWO_SIDED) {
                p += Distributions.normalSurvival(scaled + lambda);
            }
            sum += weight * density * p;
        }
        return sum * h / 3;
    }
}
