package dev.benchproof.stats;

/**
 * Mann&ndash;Whitney U test (Wilcoxon rank-sum test) with the normal approximation.
 *
 * <p>With \(R_t\) the sum of the mid-ranks of the trained sample in the pooled sample,
 * \[ U = R_t - \frac{n_t(n_t+1)}{2}, \qquad \mu = \frac{n_b n_t}{2}, \qquad
 *    \sigma = \sqrt{\frac{n_b n_t}{12}\left((n+1) - \frac{\sum (t_k^3 - t_k)}{n(n-1)}\right)} \]
 * where \(n = n_b + n_t\) and \(t_k\) are the sizes of the tie groups. \(U\) counts the pairs
 * with trained &gt; baseline plus half the tied pairs. With continuity correction:
 * <ul>
 *   <li>{@link Alternative#GREATER}: \(z = (U - \mu - \tfrac12)/\sigma\), \(p = P(Z &gt; z)\);</li>
 *   <li>{@link Alternative#TWO_SIDED}: \(z = (U - \mu - \tfrac12\operatorname{sign}(U - \mu))/\sigma\),
 *       \(p = \min(1, 2P(Z &gt; |z|))\).</li>
 * </ul>
 * The p-values equal SciPy 1.10's
 * {@code mannwhitneyu(trained, baseline, use_continuity=True, method='asymptotic')}, whose
 * statistic is also \(U\). (commons-math3's {@code MannWhitneyUTest} has no tie or continuity
 * correction.) When every value is the same, \(\sigma = 0\) and the result is defined as
 * \(z = 0\), \(p = 1\).
 *
 * <p>Cost: two sorts and one merge, \(O(n \log n)\) time and \(O(n)\) extra memory.
 */
public final class MannWhitneyU {
    private MannWhitneyU() {
    }

    /**
     * The outcome of a Mann&ndash;Whitney U test.
     *
     * @param u the U statistic of the trained sample
     * @param z the continuity-corrected z score (sign: positive when trained ranks higher)
     * @param pValue the p-value for the requested alternative
     * @param probabilityOfImprovement \(U/(n_b n_t) = P(T &gt; B) + \tfrac12 P(T = B)\)
     */
    public record Result(double u, double z, double pValue, double probabilityOfImprovement)
            implements SignificanceResult {
        /** The statistic is U. */
        @Override
        public double statistic() {
            return u;
        }
    }

    /**
     * Runs the Mann&ndash;Whitney U test of {@code trained} against {@code baseline}.
     *
     * @param baseline the baseline sample
     * @param trained the trained sample
     * @param alternative the alternative hypothesis
     * @return the result
     * @throws StatisticsException if a sample is null, shorter than 2 or not finite, or the
     *     alternative is null
     */
    public static Result test(double[] baseline, double[] trained, Alternative alternative) {
        Arguments.checkSample(baseline);
        Arguments.checkSample(trained);
        Arguments.checkNotNull(alternative, "alternative");
        final RankSums ranks = RankSums.of(baseline, trained);
        final double nb = baseline.length;
        final double nt = trained.length;
        final double n = nb + nt;
        final double u = ranks.rankSumB() - nt * (nt + 1) / 2;
        final double pairs = nb * nt;
        final double mu = pairs / 2;
        final double varianceFactor = (n + 1) - ranks.tieTerm() / (n * (n - 1));
        final double sigma = Math.sqrt(pairs / 12 * varianceFactor);
        if (ranks.groups() == 1 || !(sigma > 0)) {
            return new Result(u, 0, 1, u / pairs);
        }
        final double correction = alternative == Alternative.GREATER ? 0.5 : 0.5 * Math.signum(u - mu);
        final double z = (u - mu - correction) / sigma;
        return new Result(u, z, Distributions.normalPValue(z, alternative), u / pairs);
    }
}
