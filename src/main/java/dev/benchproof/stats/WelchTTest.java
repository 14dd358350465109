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
 * <p>When both samples have zero variance the statistic, p-value and interval follow the
 * definition documented on {@link TStatistics} (finite values only) and the degrees of freedom
 * are \(n_b + n_t - 2\).
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
     * @param deltaInterval the two-sided \((1-\alpha)\) interval
     *     \(\delta \pm t_{1-\alpha/2,\,\nu}\sqrt{a_b + a_t}\), whatever the alternative
     */
    public record Result(double statistic, double degreesOfFreedom, double pValue, double meanDelta,
                         Interval deltaInterval) {
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
        final double shift = baseline[0];
        final Moments b = Moments.of(baseline, shift);
        final Moments t = Moments.of(trained, shift);
        final double delta = t.shiftedMean() - b.shiftedMean();
        final double ab = b.variance() / b.count();
        final double at = t.variance() / t.count();
        final double se = Math.sqrt(ab + at);
        final double df = degreesOfFreedom(ab, b.count(), at, t.count());
        final double statistic = TStatistics.statistic(delta, se);
        return new Result(statistic, df, TStatistics.pValue(statistic, se, df, alternative), delta,
            TStatistics.interval(delta, se, df, alpha));
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
