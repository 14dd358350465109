package dev.benchproof.stats;

/**
 * Mean and sum of squared deviations of a sample, measured from a caller-chosen shift.
 *
 * <p>Values are first moved by the shift {@code c} ({@code x - c} is exact when {@code x} and
 * {@code c} are within a factor of two, by Sterbenz's lemma), then the corrected two-pass
 * algorithm (Chan, Golub and LeVeque 1983) is applied:
 * \[ \bar y = \frac{1}{n}\sum (x_i - c), \quad
 *    m = \bar y + \frac{1}{n}\sum (x_i - c - \bar y), \quad
 *    M_2 = \sum (x_i - c - m)^2 - \frac{1}{n}\Big(\sum (x_i - c - m)\Big)^2 \]
 * Sharing one shift between two samples keeps the difference of their means accurate even when
 * both means are large and the difference tiny (for example {@code 1e9 + 1e-4}).
 *
 * @param count the number of values
 * @param shiftedMean the mean of {@code x - c}
 * @param sumSquares the sum of squared deviations from the mean, \(M_2\)
 */
record Moments(int count, double shiftedMean, double sumSquares) {

    /**
     * Computes the moments of {@code x} relative to {@code shift}.
     *
     * @param x the values (already validated)
     * @param shift the shift {@code c}
     * @return the moments
     */
    static Moments of(double[] x, double shift) {
        final int n = x.length;
        double sum = 0;
        for (double v : x) {
            sum += v - shift;
        }
        double mean = sum / n;
        double correction = 0;
        for (double v : x) {
            correction += (v - shift) - mean;
        }
        mean += correction / n;
        double squares = 0;
        double residual = 0;
        for (double v : x) {
            final double dev = (v - shift) - mean;
            squares += dev * dev;
            residual += dev;
        }
        squares -= residual * residual / n;
        return new Moments(n, mean, Math.max(0, squares));
    }

    /**
     * Returns the unbiased variance \(M_2 / (n - 1)\).
     *
     * @return the variance
     */
    double variance() {
        return sumSquares / (count - 1);
    }
}
