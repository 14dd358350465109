package dev.benchproof.stats;

/**
 * Count, mean and unbiased variance of one sample.
 *
 * <p>\( \bar x = \frac{1}{n}\sum x_i \), \( s^2 = \frac{1}{n-1}\sum (x_i - \bar x)^2 \). Both are
 * computed by {@link Moments} (compensated mean, deviations from it scaled by a power of two), so
 * data such as {@code 1e9 + tiny} keep their variance (a naive \(\sum x^2 - n\bar x^2\) would lose
 * every digit) and data of 1e-170 keep their standard deviation even where the variance underflows.
 *
 * @param count the number of values, at least 2
 * @param mean the sample mean
 * @param variance the unbiased sample variance (divisor {@code n - 1})
 * @param stdDev the square root of {@code variance}, computed at scale (so it stays accurate where
 *     the variance underflows)
 */
public record Summary(long count, double mean, double variance, double stdDev) {

    /**
     * Summarises a sample.
     *
     * @param x the sample
     * @return its count, mean, variance and standard deviation
     * @throws StatisticsException if {@code x} is null, has fewer than 2 values or a non-finite value
     */
    public static Summary of(double[] x) {
        Arguments.checkSample(x);
        final Moments m = Moments.of(x);
        return new Summary(x.length, m.mean(), m.variance(), m.stdDev());
    }

    /**
     * Returns the two-sided \((1-\alpha)\) Student-t confidence interval of the mean:
     * \[ \bar x \pm t_{1-\alpha/2,\,n-1} \frac{s}{\sqrt n} \]
     * A sample with zero variance gives {@code [mean, mean]}.
     *
     * @param alpha the significance level
     * @return the interval
     * @throws StatisticsException if {@code alpha} is not in (0, 1)
     */
    public Interval meanInterval(double alpha) {
        Arguments.checkAlpha(alpha);
        if (stdDev == 0) {
            return new Interval(mean, mean);
        }
        final double half = Distributions.tQuantileUpper(alpha / 2, count - 1) * (stdDev / Math.sqrt(count));
        return new Interval(mean - half, mean + half);
    }
}
