package dev.benchproof.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Tail probabilities and quantiles of the Student-t and standard normal distributions.
 *
 * <p>Upper tails are evaluated as lower tails at {@code -x} (the distributions are symmetric), so
 * small p-values keep their relative accuracy instead of being computed as {@code 1 - cdf}.
 */
final class Distributions {
    /** Absolute accuracy of the t quantile search (commons-math3 default is 1e-9). */
    private static final double QUANTILE_ACCURACY = 1e-14;
    /** The standard normal distribution (no random generator: never sampled). */
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private Distributions() {
    }

    /**
     * Returns \(P(T &gt; t)\) for a Student-t variable with {@code df} degrees of freedom.
     *
     * @param t the value
     * @param df the degrees of freedom, positive
     * @return the upper-tail probability
     */
    static double tSurvival(double t, double df) {
        return student(df).cumulativeProbability(-t);
    }

    /**
     * Returns the p-value of a t statistic: \(2 P(T &gt; |t|)\) for two-sided, \(P(T &gt; t)\)
     * for greater.
     *
     * @param t the statistic
     * @param df the degrees of freedom
     * @param alternative the alternative hypothesis
     * @return the p-value in [0, 1]
     */
    static double tPValue(double t, double df, Alternative alternative) {
        if (alternative == Alternative.GREATER) {
            return tSurvival(t, df);
        }
        return Math.min(1, 2 * tSurvival(Math.abs(t), df));
    }

    /**
     * Returns the upper quantile \(t_{1-a,\,df}\), i.e. \(P(T &gt; t) = a\), accurate to a few ulps
     * for any \(a\) down to the smallest doubles ({@link StudentTail}).
     *
     * @param a the upper-tail probability in (0, 1)
     * @param df the degrees of freedom
     * @return the quantile
     */
    static double tQuantileUpper(double a, double df) {
        return StudentTail.upperQuantile(a, df);
    }

    /**
     * Returns \(P(Z &gt; z)\) for a standard normal variable.
     *
     * @param z the value
     * @return the upper-tail probability
     */
    static double normalSurvival(double z) {
        return NORMAL.cumulativeProbability(-z);
    }

    /**
     * Returns the p-value of a z statistic: \(2 P(Z &gt; |z|)\) for two-sided, \(P(Z &gt; z)\)
     * for greater.
     *
     * @param z the statistic
     * @param alternative the alternative hypothesis
     * @return the p-value in [0, 1]
     */
    static double normalPValue(double z, Alternative alternative) {
        if (alternative == Alternative.GREATER) {
            return normalSurvival(z);
        }
        return Math.min(1, 2 * normalSurvival(Math.abs(z)));
    }

    /**
     * Returns the standard normal quantile \(z_p = \Phi^{-1}(p)\).
     *
     * @param p the probability
     * @return the quantile
     */
    static double normalQuantile(double p) {
        return NORMAL.inverseCumulativeProbability(p);
    }

    private static TDistribution student(double df) {
        return new TDistribution(null, df, QUANTILE_ACCURACY);
    }
}
