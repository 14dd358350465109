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
        Arguments.checkSample(baseline);
        Arguments.checkSample(trained);
        Arguments.checkResamples(resamples);
        Arguments.checkAlpha(alpha);
        // A common shift keeps the resample means accurate for data such as 1e9 + tiny.
        final double shift = baseline[0];
        final double[] b = shifted(baseline, shift);
        final double[] t = shifted(trained, shift);
        final double[] deltas = new double[resamples];
        final int blocks = (resamples + BLOCK_SIZE - 1) / BLOCK_SIZE;
        IntStream.range(0, blocks).parallel().forEach(k -> {
            final SplitMix64 random = SplitMix64.forBlock(seed, k);
            final int end = Math.min(resamples, (k + 1) * BLOCK_SIZE);
            for (int r = k * BLOCK_SIZE; r < end; r++) {
                final double meanBaseline = resampleMean(b, random);
                deltas[r] = resampleMean(t, random) - meanBaseline;
            }
        });
        Arrays.sort(deltas);
        return new Interval(percentile(deltas, alpha / 2), percentile(deltas, 1 - alpha / 2));
    }

    /**
     * Mean of one resample of {@code x} drawn with replacement: the baseline draws of a resample
     * are made before its trained draws.
     */
    private static double resampleMean(double[] x, SplitMix64 random) {
        final int n = x.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[random.nextInt(n)];
        }
        return sum / n;
    }

    private static double[] shifted(double[] x, double shift) {
        final double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] - shift;
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
