package dev.benchproof.stats;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Percentile bootstrap interval of the mean delta {@code mean(trained) - mean(baseline)}.
 *
 * <p>Each resample draws \(n_b\) baseline and \(n_t\) trained values with replacement and records
 * \(\delta^* = \bar x_t^* - \bar x_b^*\). The interval is
 * \([Q(\alpha/2), Q(1-\alpha/2)]\) of the sorted \(\delta^*_{(0)} \le \dots \le \delta^*_{(R-1)}\),
 * where \(Q\) interpolates linearly between order statistics (numpy's default {@code 'linear'}
 * percentile): \(h = (R-1)q\), \(Q(q) = \delta^*_{(\lfloor h \rfloor)} + (h - \lfloor h \rfloor)
 * (\delta^*_{(\lfloor h \rfloor + 1)} - \delta^*_{(\lfloor h \rfloor)})\).
 *
 * <p>For {@link Alternative#GREATER} the interval is the one-sided \([Q(\alpha), +\infty)\).
 * With paired samples ({@link #pairedMeanDeltaInterval}) a resample draws \(n\) pairs, i.e. \(n\)
 * of the differences \(d_i = t_i - b_i\), and records their mean, so the pairing is kept.
 *
 * <p><b>Determinism.</b> Resamples are split into fixed blocks of {@value #BLOCK_SIZE}; block
 * {@code k} uses its own {@link SplitMix64} seeded from {@code (seed, k)} and fills its own slots,
 * baseline draws first, then trained draws, per resample. Blocks run on a parallel stream, but
 * no result depends on the scheduling, the thread count or the JDK.
 */
public final class Bootstrap {
    /** Default number of resamples. */
    public static final int DEFAULT_RESAMPLES = 10_000;
    /** Default seed. */
    public static final long DEFAULT_SEED = 20240601L;
    /** Resamples per block; part of the definition of the output for a given seed. */
    static final int BLOCK_SIZE = 64;

    private Bootstrap() {
    }

    /**
     * Returns the {@code (1 - alpha)} percentile bootstrap interval of the mean delta with
     * {@link #DEFAULT_RESAMPLES} and {@link #DEFAULT_SEED}.
     *
     * @param baseline the baseline sample
     * @param trained the trained sample
     * @param alpha the significance level
     * @return the interval
     * @throws StatisticsException if a sample is null, shorter than 2 or not finite, or
     *     {@code alpha} is not in (0, 1)
     */
    public static Interval meanDeltaInterval(double[] baseline, double[] trained, double alpha) {
        return meanDeltaInterval(baseline, trained, DEFAULT_RESAMPLES, DEFAULT_SEED, alpha);
    }

    /**
     * Returns the {@code (1 - alpha)} percentile bootstrap interval of the mean delta.
     *
     * @param baseline the baseline sample
     * @param trained the trained sample
     * @param resamples the number of resamples \(R \ge 1\)
     * @param seed the seed; equal arguments give equal intervals
     * @param alpha the significance level
     * @return the interval
     * @throws StatisticsException if a sample is null, shorter than 2 or not finite,
     *     {@code resamples < 1}, or {@code alpha} is not in (0, 1)
     */
    public static Interval meanDeltaInterval(double[] baseline, double[] trained, int resamples, long seed,
                                             double alpha) {
        return meanDeltaInterval(baseline, trained, resamples, seed, alpha, Alternative.TWO_SIDED);
    }

    /**
     * Returns the {@code (1 - alpha)} percentile bootstrap interval of the mean delta of independent
     * arms, two-sided or one-sided to match the alternative.
     *
     * @param baseline the baseline sample
     * @param trained the trained sample
     * @param resamples the number of resamples \(R \ge 1\)
     * @param seed the seed; equal arguments give equal intervals
     * @param alpha the significance level
     * @param alternative two-sided, or greater for \([Q(\alpha), +\infty)\)
     * @return the interval
     * @throws StatisticsException if a sample is null, shorter than 2 or not finite,
     *     {@code resamples < 1}, {@code alpha} is not in (0, 1), or the alternative is null
     */
    public static Interval meanDeltaInterval(double[] baseline, double[] trained, int resamples, long seed,
                                             double alpha, Alternative alternative) {
        Arguments.checkNotNull(alternative, "alternative");
        Arguments.checkSample(baseline);
        Arguments.checkSample(trained);
        Arguments.checkResamples(resamples);
        Arguments.checkAlpha(alpha);
        // Each arm is centred on its own mean and the exact delta of the means added back, so data such
        // as 1e12 beside 0.5 keep their digits; no arm is shifted by the other's values.
        final Moments mb = Moments.of(baseline);
        final Moments mt = Moments.of(trained);
        final double delta = mt.meanMinus(mb);
        final double[] b = centred(baseline, mb);
        final double[] t = centred(trained, mt);
        final double[] deltas = new double[resamples];
        final int blocks = (resamples + BLOCK_SIZE - 1) / BLOCK_SIZE;
        IntStream.range(0, blocks).parallel().forEach(k -> {
            final SplitMix64 random = SplitMix64.forBlock(seed, k);
            final int end = Math.min(resamples, (k + 1) * BLOCK_SIZE);
            for (int r = k * BLOCK_SIZE; r < end; r++) {
                final double meanBaseline = resampleMean(b, random);
                deltas[r] = (resampleMean(t, random) - meanBaseline) + delta;
            }
        });
        return interval(deltas, alpha, alternative);
    }

    /**
     * Returns the {@code (1 - alpha)} percentile bootstrap interval of the mean paired difference:
     * each resample draws \(n\) pairs with replacement.
     *
     * @param baseline the baseline sample
     * @param trained the trained sample, paired index by index with {@code baseline}
     * @param resamples the number of resamples \(R \ge 1\)
     * @param seed the seed; equal arguments give equal intervals
     * @param alpha the significance level
     * @param alternative two-sided, or greater for \([Q(\alpha), +\infty)\)
     * @return the interval
     * @throws StatisticsException if a sample is null, shorter than 2 or not finite, the lengths
     *     differ, {@code resamples < 1}, {@code alpha} is not in (0, 1), or the alternative is null
     */
    public static Interval pairedMeanDeltaInterval(double[] baseline, double[] trained, int resamples, long seed,
                                                   double alpha, Alternative alternative) {
        Arguments.checkNotNull(alternative, "alternative");
        Arguments.checkPaired(baseline, trained);
        Arguments.checkResamples(resamples);
        Arguments.checkAlpha(alpha);
        final double[] d = new double[baseline.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = trained[i] - baseline[i];
        }
        final Moments m = Moments.of(d);
        final double delta = m.mean() + m.meanLow();
        final double[] centred = centred(d, m);
        final double[] deltas = new double[resamples];
        final int blocks = (resamples + BLOCK_SIZE - 1) / BLOCK_SIZE;
        IntStream.range(0, blocks).parallel().forEach(k -> {
            final SplitMix64 random = SplitMix64.forBlock(seed, k);
            final int end = Math.min(resamples, (k + 1) * BLOCK_SIZE);
            for (int r = k * BLOCK_SIZE; r < end; r++) {
                deltas[r] = resampleMean(centred, random) + delta;
            }
        });
        return interval(deltas, alpha, alternative);
    }

    private static Interval interval(double[] deltas, double alpha, Alternative alternative) {
        Arrays.sort(deltas);
        if (alternative == Alternative.GREATER) {
            return new Interval(percentile(deltas, alpha), Double.POSITIVE_INFINITY);
        }
        return new Interval(percentile(deltas, alpha / 2), percentile(deltas, 1 - alpha / 2));
    }

    /**
     * Mean of one resample of {@code x} drawn with replacement: the baseline draws of a resample
     * are made before its trained draws.
     */
    private static double resampleMean(double[] x, SplitMix64 random) {
        return random.sumOfDraws(x) / x.length;
    }

    private static double[] centred(double[] x, Moments m) {
        final double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (x[i] - m.mean()) - m.meanLow();
        }
        return y;
    }

    /**
     * Linear-interpolation percentile of sorted values (numpy's {@code 'linear'} method, with its
     * two-sided lerp so the result is monotone and exact at the ends).
     *
     * @param sorted ascending values
     * @param q the quantile in [0, 1]
     * @return the percentile
     */
    static double percentile(double[] sorted, double q) {
        final double h = (sorted.length - 1) * q;
        final int lo = (int) Math.floor(h);
        final int hi = Math.min(lo + 1, sorted.length - 1);
        final double frac = h - lo;
        final double a = sorted[lo];
        final double b = sorted[hi];
        return frac >= 0.5 ? b - (b - a) * (1 - frac) : a + (b - a) * frac;
    }
}
