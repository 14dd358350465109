package dev.benchproof.stats;

/**
 * Welch's unequal-variance t-test of two independent samples.
 *
 * <p>With means \(\bar x_b, \bar x_t\), unbiased variances \(s_b^2, s_t^2\) and sizes
 * \(n_b, n_t\), let \(a_b = s_b^2/n_b\) and \(a_t = s_t^2/n_t\). Then
 * \[ \delta = \bar x_t - \bar x_b, \qquad t = \frac{\delta}{\sqrt{a_b + a_t}}, \qquad
 *    \nu = \frac{(a_b + a_t)^2}{a_b^2/(n_b - 1) + a_t^2/(n_t - 1)} \]
 * (Welch&ndash;Satterthwaite). The p-value is \(2P(T_\nu &gt; |t|)\) for
 * {@link Alternative#TWO_SIDED} and \(P(T_\nu &gt; t)\) for {@link Alternative#GREATER}. This
 * matches SciPy's {@code ttest_ind(trained, baseline, equal_var=False)}.
 *
 * <p>When both samples have zero variance the test is degenerate: statistic 0, p-value 1 and an
 * unbounded interval, as documented on {@link TStatistics}; the degrees of freedom are
 * \(n_b + n_t - 2\). Moments are computed at a power-of-two scale ({@link Moments}), so the result
 * does not change when every value is multiplied by \(2^k\), even where squares of the data would
 * underflow.
 */
public final class WelchTTest {
    private WelchTTest() {
    }

    /**
     * The outcome of a t-test.
     *
     * @param statistic the t statistic (positive when trained is larger)
     * @param degreesOfFreedom the degrees of freedom \(\nu\)
     * @param pValue the p-value for the requested alternative
     * @param meanDelta \(\bar x_t - \bar x_b\)
     * @param deltaInterval the \((1-\alpha)\) interval matching the alternative: two-sided
     *     \(\delta \pm t_{1-\alpha/2,\,\nu}\sqrt{a_b + a_t}\), or for greater the one-sided
     *     \([\delta - t_{1-\alpha,\,\nu}\sqrt{a_b + a_t}, +\infty)\)
     * @param degenerate true when both samples have zero variance: the test is undefined
     */
    public record Result(double statistic, double degreesOfFreedom, double pValue, double meanDelta,
                         Interval deltaInterval, boolean degenerate) implements SignificanceResult {
    }

    /**
     * Runs Welch's t-test of {@code trained} against {@code baseline}.
     *
     * @param baseline the baseline sample
     * @param trained the trained sample
     * @param alternative the alternative hypothesis
     * @param alpha the significance level of {@link Result#deltaInterval()}
     * @return the result
     * @throws StatisticsException if a sample is null, shorter than 2 or not finite, the
     *     alternative is null, or {@code alpha} is not in (0, 1)
     */
    public static Result test(double[] baseline, double[] trained, Alternative alternative, double alpha) {
        Arguments.checkSample(baseline);
        Arguments.checkSample(trained);
        Arguments.checkNotNull(alternative, "alternative");
        Arguments.checkAlpha(alpha);
        final Moments b = Moments.of(baseline);
        final Moments t = Moments.of(trained);
        final double delta = t.meanMinus(b);
        // Everything below is at the common scale 2^e, so the statistic does not depend on the units.
        final int e = Moments.commonExponent(b, t);
        final double ab = b.varianceAt(e) / b.count();
        final double at = t.varianceAt(e) / t.count();
        final double se = Math.sqrt(ab + at);
        final double df = degreesOfFreedom(ab, b.count(), at, t.count());
        final double statistic = TStatistics.statistic(Math.scalb(delta, -e), se);
        return new Result(statistic, df, TStatistics.pValue(statistic, se, df, alternative), delta,
            TStatistics.interval(delta, Math.scalb(se, e), df, alpha, alternative), se == 0);
    }

    /**
     * Welch&ndash;Satterthwaite degrees of freedom, scaled by the larger term so that tiny
     * variances neither underflow nor produce 0/0.
     */
    private static double degreesOfFreedom(double ab, int nb, double at, int nt) {
        final double scale = Math.max(ab, at);
        if (scale == 0) {
            return nb + nt - 2.0;
        }
        final double rb = ab / scale;
        final double rt = at / scale;
        final double sum = rb + rt;
        return sum * sum / (rb * rb / (nb - 1) + rt * rt / (nt - 1));
    }
}
