package dev.benchproof.stats;

/**
 * Standardised effect sizes of {@code trained} relative to {@code baseline}.
 *
 * \[ s_p = \sqrt{\frac{(n_b - 1)s_b^2 + (n_t - 1)s_t^2}{n_b + n_t - 2}}, \qquad
 *    d = \frac{\bar x_t - \bar x_b}{s_p}, \qquad
 *    g = d\left(1 - \frac{3}{4(n_b + n_t) - 9}\right) \]
 * Hedges' \(g\) uses the standard approximation of the small-sample correction \(J\) (not the
 * exact gamma-function form; the two differ by less than 0.1% once \(n_b + n_t \ge 10\)).
 */
public final class EffectSizes {
    private EffectSizes() {
    }

    /**
     * The three effect sizes of one comparison.
     *
     * @param pooledStdDev \(s_p \ge 0\)
     * @param cohensD Cohen's d (positive when trained is larger), 0 when \(s_p = 0\)
     * @param hedgesG Hedges' g, 0 when \(s_p = 0\)
     */
    public record Estimates(double pooledStdDev, double cohensD, double hedgesG) {
    }

    /**
     * Returns \(s_p\), \(d\) and \(g\) from one pass of moments over each sample: the gate
     * reports all three, and on 10^7 samples per arm each pass is tens of milliseconds.
     *
     * @param baseline the baseline sample
     * @param trained the trained sample
     * @return the three estimates
     * @throws StatisticsException if a sample is null, shorter than 2 or not finite
     */
    public static Estimates of(double[] baseline, double[] trained) {
        Arguments.checkSample(baseline);
        Arguments.checkSample(trained);
        final Moments b = Moments.of(baseline);
        final Moments t = Moments.of(trained);
        final int e = Moments.commonExponent(b, t);
        final double sp = pooledAt(b, t, e);
        double d = 0;
        if (sp != 0) {
            d = Math.scalb(t.meanMinus(b), -e) / sp;
            d = Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, d)); // a delta 2^1000 spreads wide
        }
        final double g = d * (1 - 3.0 / (4.0 * (baseline.length + (double) trained.length) - 9));
        return new Estimates(Math.scalb(sp, e), d, g);
    }

    /**
     * Returns the pooled standard deviation \(s_p\) (weights \(n - 1\)).
     *
     * @param baseline the baseline sample
     * @param trained the trained sample
     * @return \(s_p \ge 0\)
     * @throws StatisticsException if a sample is null, shorter than 2 or not finite
     */
    public static double pooledStdDev(double[] baseline, double[] trained) {
        return of(baseline, trained).pooledStdDev();
    }

    /**
     * Returns Cohen's \(d = (\bar x_t - \bar x_b)/s_p\), or 0 when \(s_p = 0\).
     *
     * @param baseline the baseline sample
     * @param trained the trained sample
     * @return Cohen's d (positive when trained is larger)
     * @throws StatisticsException if a sample is null, shorter than 2 or not finite
     */
    public static double cohensD(double[] baseline, double[] trained) {
        return of(baseline, trained).cohensD();
    }

    /**
     * Returns Hedges' \(g = d\,(1 - 3/(4(n_b + n_t) - 9))\), or 0 when \(s_p = 0\).
     *
     * @param baseline the baseline sample
     * @param trained the trained sample
     * @return Hedges' g
     * @throws StatisticsException if a sample is null, shorter than 2 or not finite
     */
    public static double hedgesG(double[] baseline, double[] trained) {
        return of(baseline, trained).hedgesG();
    }

    /** The pooled standard deviation at the scale \(2^e\). */
    private static double pooledAt(Moments b, Moments t, int e) {
        return Math.sqrt((b.sumSquaresAt(e) + t.sumSquaresAt(e)) / (b.count() + t.count() - 2.0));
    }
}
