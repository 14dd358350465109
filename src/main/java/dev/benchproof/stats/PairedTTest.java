package dev.benchproof.stats;

/**
 * Paired t-test on the differences \(d_i = t_i - b_i\).
 *
 * \[ \bar d = \frac{1}{n}\sum d_i, \qquad t = \frac{\bar d}{s_d/\sqrt n}, \qquad \nu = n - 1 \]
 * with \(s_d\) the unbiased standard deviation of the differences. The p-value is
 * \(2P(T_\nu &gt; |t|)\) for {@link Alternative#TWO_SIDED} and \(P(T_\nu &gt; t)\) for
 * {@link Alternative#GREATER}. This matches SciPy's {@code ttest_rel(trained, baseline)}.
 *
 * <p>When all differences are equal (\(s_d = 0\)) the test is degenerate: statistic 0, p-value 1
 * and an unbounded interval, as documented on {@link TStatistics}.
 */
public final class PairedTTest {
    private PairedTTest() {
    }

    /**
     * The outcome of a paired t-test; same components as {@link WelchTTest.Result}.
     *
     * @param statistic the t statistic (positive when trained is larger)
     * @param degreesOfFreedom \(n - 1\)
     * @param pValue the p-value for the requested alternative
     * @param meanDelta the mean difference \(\bar d\)
     * @param deltaInterval the \((1-\alpha)\) interval matching the alternative: two-sided
     *     \(\bar d \pm t_{1-\alpha/2,\,n-1}\, s_d/\sqrt n\), or for greater
     *     \([\bar d - t_{1-\alpha,\,n-1}\, s_d/\sqrt n, +\infty)\)
     * @param differenceStdDev the unbiased standard deviation \(s_d\) of the differences (for sizing)
     * @param degenerate true when all differences are equal: the test is undefined
     */
    public record Result(double statistic, double degreesOfFreedom, double pValue, double meanDelta,
                         Interval deltaInterval, double differenceStdDev, boolean degenerate)
            implements SignificanceResult {
    }

    /**
     * Runs the paired t-test of {@code trained} against {@code baseline}.
     *
     * @param baseline the baseline sample
     * @param trained the trained sample, paired index by index with {@code baseline}
     * @param alternative the alternative hypothesis
     * @param alpha the significance level of {@link Result#deltaInterval()}
     * @return the result
     * @throws StatisticsException if a sample is null, shorter than 2 or not finite, the lengths
     *     differ, the alternative is null, or {@code alpha} is not in (0, 1)
     */
    public static Result test(double[] baseline, double[] trained, Alternative alternative, double alpha) {
        Arguments.checkPaired(baseline, trained);
        Arguments.checkNotNull(alternative, "alternative");
        Arguments.checkAlpha(alpha);
        final int n = baseline.length;
        final double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = trained[i] - baseline[i];
        }
        final Moments m = Moments.of(d);
        final double delta = m.mean() + m.meanLow();
        final int e = m.exponent();
        final double se = Math.sqrt(m.varianceAt(e) / n);
        final double df = n - 1.0;
        final double statistic = TStatistics.statistic(Math.scalb(delta, -e), se);
        return new Result(statistic, df, TStatistics.pValue(statistic, se, df, alternative), delta,
            TStatistics.interval(delta, Math.scalb(se, e), df, alpha, alternative), m.stdDev(), se == 0);
    }
}
