package dev.benchproof.stats;


/**
 * Wilcoxon signed-rank test on the paired differences \(d_i = t_i - b_i\), reproducing SciPy
 * 1.10's {@code wilcoxon(trained, baseline, zero_method='wilcox', correction=False,
 * method='auto')}, including its choice of method.
 *
 * <p>The absolute differences are ranked (ties share their average rank); \(W^+\) and \(W^-\) are
 * the rank sums of the positive and negative differences. The reported statistic is
 * \(\min(W^+, W^-)\) for {@link Alternative#TWO_SIDED} and \(W^+\) for {@link Alternative#GREATER}.
 * <ul>
 *   <li><b>Exact</b>, used when \(n \le 50\) (counting all pairs) and no difference is zero. The
 *       null distribution of \(W^+\) over \(0..n(n+1)/2\) is built by the recursion
 *       \(P_k(w) = \tfrac12 P_{k-1}(w) + \tfrac12 P_{k-1}(w - k)\). As in SciPy, \(W^+\) is
 *       truncated to an integer \(w\) first (tied differences make it a half-integer and are
 *       otherwise ignored). Greater: \(p = P(W^+ \ge w)\). Two-sided: \(p = 1\) when
 *       \(w = \lfloor n(n+1)/4 \rfloor\), else \(\min(1, 2\min(P(W^+ \le w), P(W^+ \ge w)))\).</li>
 *   <li><b>Normal approximation</b> otherwise, after dropping the zero differences
 *       (\(m\) remain), without continuity correction:
 *       \[ z = \frac{T - m(m+1)/4}{\sqrt{\big(m(m+1)(2m+1) - \tfrac12\sum(t_k^3 - t_k)\big)/24}} \]
 *       with \(t_k\) the sizes of tied groups of \(|d|\). Two-sided: \(p = 2P(Z &gt; |z|)\);
 *       greater: \(p = P(Z &gt; z)\).</li>
 * </ul>
 * Deviation from SciPy: when every difference is zero SciPy raises an error; here the result is
 * statistic 0 and p-value 1 (no evidence of any difference).
 *
 * <p>Cost: \(O(n \log n)\) (two sorts and a merge) plus \(O(n^3)\) with \(n \le 50\) for the exact
 * distribution.
 */
public final class WilcoxonSignedRank {
    /** Largest number of pairs for which SciPy's {@code method='auto'} picks the exact distribution. */
    static final int EXACT_MAX = 50;

    private WilcoxonSignedRank() {
    }

    /**
     * The outcome of a Wilcoxon signed-rank test.
     *
     * @param statistic \(\min(W^+, W^-)\) for two-sided, \(W^+\) for greater
     * @param pValue the p-value for the requested alternative
     */
    public record Result(double statistic, double pValue) implements SignificanceResult {
    }

    /**
     * Runs the Wilcoxon signed-rank test of {@code trained} against {@code baseline}.
     *
     * @param baseline the baseline sample
     * @param trained the trained sample, paired index by index with {@code baseline}
     * @param alternative the alternative hypothesis
     * @return the result
     * @throws StatisticsException if a sample is null, shorter than 2 or not finite, the lengths
     *     differ, or the alternative is null
     */
    public static Result test(double[] baseline, double[] trained, Alternative alternative) {
        Arguments.checkPaired(baseline, trained);
        Arguments.checkNotNull(alternative, "alternative");
        final int n = baseline.length;
        int positives = 0;
        int negatives = 0;
        for (int i = 0; i < n; i++) {
            final double d = trained[i] - baseline[i];
            if (d > 0) {
                positives++;
            } else if (d < 0) {
                negatives++;
            }
        }
        final int count = positives + negatives;
        if (count == 0) {
            return new Result(0, 1);
        }
        final double[] plus = new double[positives];
        final double[] minus = new double[negatives];
        for (int i = 0, p = 0, m = 0; i < n; i++) {
            final double d = trained[i] - baseline[i];
            if (d > 0) {
                plus[p++] = d;
            } else if (d < 0) {
                minus[m++] = -d;
            }
        }
        final RankSums ranks = RankSums.of(minus, plus);
        final double total = (double) count * (count + 1) / 2;
        final double wPlus = ranks.rankSumB();
        final double wMinus = total - wPlus;
        final double statistic = alternative == Alternative.GREATER ? wPlus : Math.min(wPlus, wMinus);
        final boolean exact = n <= EXACT_MAX && count == n;
        final double p = exact
            ? exactPValue((long) wPlus, count, alternative)
            : approximatePValue(statistic, count, ranks.tieTerm(), alternative);
        return new Result(statistic, p);
    }

    private static double approximatePValue(double statistic, int count, double tieTerm, Alternative alternative) {
        final double m = count;
        final double mean = m * (m + 1) * 0.25;
        final double se = Math.sqrt((m * (m + 1) * (2 * m + 1) - 0.5 * tieTerm) / 24);
        final double z = (statistic - mean) / se;
        return Distributions.normalPValue(z, alternative);
    }

    private static double exactPValue(long wPlus, int count, Alternative alternative) {
        final double[] pmf = distribution(count);
        final int w = (int) wPlus;
        double p;
        if (alternative == Alternative.GREATER) {
            p = upperTail(pmf, w);
        } else if (w == (pmf.length - 1) / 2) {
            p = 1;
        } else {
            double lower = 0;
            for (int k = 0; k <= w; k++) {
                lower += pmf[k];
            }
            p = 2 * Math.min(lower, upperTail(pmf, w));
        }
        return Math.max(0, Math.min(1, p));
    }

    private static double upperTail(double[] pmf, int w) {
        double sum = 0;
        for (int k = w; k < pmf.length; k++) {
            sum += pmf[k];
        }
        return sum;
    }

    /**
     * Null distribution of \(W^+\) for {@code n} untied, non-zero differences: element {@code w}
     * is \(P(W^+ = w)\), \(w = 0..n(n+1)/2\) (the recursion SciPy uses).
     */
    static double[] distribution(int n) {
        double[] c = {1.0};
        for (int k = 1; k <= n; k++) {
            final double[] next = new double[k * (k + 1) / 2 + 1];
            final int m = c.length;
            for (int i = 0; i < m; i++) {
                next[i] = c[i] * 0.5;
            }
            final int offset = next.length - m;
            for (int i = 0; i < m; i++) {
                next[offset + i] += c[i] * 0.5;
            }
            c = next;
        }
        return c;
    }
}
