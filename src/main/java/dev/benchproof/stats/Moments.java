package dev.benchproof.stats;

/**
 * Mean and sum of squared deviations of one sample, kept so that neither depends on the data's
 * magnitude or offset.
 *
 * <ul>
 *   <li><b>Mean</b> as an unevaluated sum {@code mean + meanLow} (double-double): the sum is
 *       accumulated with Neumaier's compensated summation and divided with an exact remainder
 *       ({@link Math#fma}), so the difference of two means such as {@code 1e9 + 1e-4} and
 *       {@code 1e9} keeps all its digits without shifting one sample by the other's values.</li>
 *   <li><b>Spread</b> centred on the sample's own mean and scaled by a power of two
 *       \(2^{-e}\), \(e\) the binary exponent of the largest deviation:
 *       \[ S = \sum_i \big(2^{-e}(x_i - \bar x)\big)^2 - \frac1n\Big(\sum_i 2^{-e}(x_i - \bar x)\Big)^2 \]
 *       (the second term is the Chan&ndash;Golub&ndash;LeVeque correction). Scaling by a power
 *       of two is exact, so squares of deviations of 1e-170 neither underflow nor lose digits,
 *       and deviations of 1e100 do not overflow. \(M_2 = 2^{2e} S\).</li>
 * </ul>
 * Two samples are compared at a common exponent ({@link #commonExponent(Moments, Moments)}), so a
 * test statistic is computed from scaled quantities and is invariant under scaling of the data.
 *
 * @param count the number of values
 * @param mean the mean, rounded to a double
 * @param meanLow the rounding error of {@code mean}: the exact mean is about {@code mean + meanLow}
 * @param exponent the binary exponent \(e\) of the scaling (0 when every value is equal)
 * @param scaledSumSquares \(S = 2^{-2e} M_2\)
 */
record Moments(int count, double mean, double meanLow, int exponent, double scaledSumSquares) {

    /**
     * Computes the moments of {@code x}.
     *
     * @param x the values (already validated: at least one, all finite)
     * @return the moments
     */
    static Moments of(double[] x) {
        final int n = x.length;
        double sum = 0;
        double compensation = 0;
        for (double v : x) {
            final double s = sum + v;
            compensation += Math.abs(sum) >= Math.abs(v) ? (sum - s) + v : (v - s) + sum;
            sum = s;
        }
        final double hi = sum + compensation;
        final double lo = compensation - (hi - sum);
        final double q = hi / n;
        final double remainder = Math.fma(-q, n, hi); // exact: hi - q * n
        final double correction = (remainder + lo) / n;
        final double mean = q + correction;
        final double meanLow = correction - (mean - q);

        double largest = 0;
        for (double v : x) {
            largest = Math.max(largest, Math.abs((v - mean) - meanLow));
        }
        if (largest == 0) {
            return new Moments(n, mean, meanLow, 0, 0);
        }
        final int e = Math.getExponent(largest);
        double squares = 0;
        double residual = 0;
        for (double v : x) {
            final double dev = Math.scalb((v - mean) - meanLow, -e);
            squares += dev * dev;
            residual += dev;
        }
        squares -= residual * residual / n;
        return new Moments(n, mean, meanLow, e, Math.max(0, squares));
    }

    /**
     * The larger of two exponents: the scale at which two samples are compared (a spread
     * \(2^{-1000}\) times smaller than the other vanishes, as it should).
     */
    static int commonExponent(Moments a, Moments b) {
        if (a.scaledSumSquares == 0) {
            return b.exponent;
        }
        if (b.scaledSumSquares == 0) {
            return a.exponent;
        }
        return Math.max(a.exponent, b.exponent);
    }

    /**
     * Returns \(\bar x_{this} - \bar x_{other}\) to full double precision, using both parts of each
     * mean (the subtraction of the rounded means is made exact with Knuth's TwoSum).
     */
    double meanMinus(Moments other) {
        final double a = mean;
        final double b = -other.mean;
        final double s = a + b;
        final double bb = s - a;
        final double err = (a - (s - bb)) + (b - bb);
        return s + (err + (meanLow - other.meanLow));
    }

    /**
     * Returns \(2^{-2k} M_2\), the sum of squares at the scale \(2^k\).
     *
     * @param k the exponent of the scale
     * @return the scaled sum of squared deviations
     */
    double sumSquaresAt(int k) {
        return Math.scalb(scaledSumSquares, 2 * (exponent - k));
    }

    /**
     * Returns the unbiased variance \(2^{-2k} M_2/(n - 1)\) at the scale \(2^k\).
     *
     * @param k the exponent of the scale
     * @return the scaled variance
     */
    double varianceAt(int k) {
        return Math.scalb(scaledSumSquares / (count - 1), 2 * (exponent - k));
    }

    /**
     * Returns the unbiased variance \(M_2/(n - 1)\) (which may underflow for tiny spreads; tests use
     * {@link #varianceAt(int)}).
     *
     * @return the variance
     */
    double variance() {
        return varianceAt(0);
    }

    /**
     * Returns the unbiased standard deviation, computed at scale so that it does not underflow
     * when the variance does.
     *
     * @return the standard deviation
     */
    double stdDev() {
        return Math.scalb(Math.sqrt(scaledSumSquares / (count - 1)), exponent);
    }
}
