package dev.benchproof.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The upper tail of Student's t distribution in logarithms, and its inverse, accurate over the
 * whole range of doubles: tail probabilities down to 1e-300 and below, any \(\nu \ge 1\).
 *
 * <p>For \(t &gt; 0\), \(S(t) = P(T_\nu &gt; t) = \tfrac12 I_x(\nu/2, 1/2)\) with
 * \(x = \nu/(\nu + t^2)\), and \(\log x = -\log(1 + t^2/\nu)\) is computed without forming
 * \(t^2\) when that would overflow. \(I_x\) is evaluated as its continued fraction times the
 * prefactor \(x^a (1-x)^b / (a B(a,b))\), the prefactor in logarithms, so \(S\) never underflows
 * to 0 on the way (commons-math3's
 * {@code TDistribution} returns 0 there and its quantile search has an absolute, not relative,
 * accuracy: the source of the far-tail errors of issue 13).
 *
 * <p>The quantile \(t_a\) with \(S(t_a) = a\) is found by Newton's method on
 * \(f(t) = \log S(t) - \log a\), with \(f'(t) = -\mathrm{pdf}(t)/S(t)\), safeguarded by a bracket
 * that is bisected (geometrically while it spans orders of magnitude) whenever a Newton step
 * leaves it. Since \(f\) is smooth and monotone the iteration ends within a few ulps.
 *
 * <p>{@link StrictMath} throughout: {@code Math.log} and {@code Math.exp} may differ by an ulp
 * between JVMs, and the quantile's last digits are written into artifacts.
 */
final class StudentTail {
    /** Convergence of the continued fraction: a term within an ulp or two of 1. */
    private static final double FRACTION_EPSILON = 2e-16;
    /** Terms of the continued fraction; it needs about sqrt(df) at most. */
    private static final int MAX_FRACTION_TERMS = 100_000;
    /** From here on the tail uses Hill's normal approximation, exact to double precision at this size. */
    private static final double HILL_DF = 1e6;
    private static final int MAX_ITERATIONS = 400;

    private StudentTail() {
    }

    /**
     * Returns \(\log(1 + t^2/\nu)\) without overflow.
     */
    private static double log1pSquare(double t, double df) {
        final double a = Math.abs(t);
        if (a > 1e100) {
            return 2 * StrictMath.log(a) - StrictMath.log(df) + StrictMath.log1p(df / a / a);
        }
        return StrictMath.log1p(a / df * a);
    }

    /**
     * Returns \(\log P(T_\nu &gt; t)\) for \(t \ge 0\).
     *
     * @param t the value, non-negative
     * @param df the degrees of freedom \(\nu &gt; 0\)
     * @return the log of the upper tail probability, at most \(\log \tfrac12\)
     */
    static double logSurvival(double t, double df) {
        if (df >= HILL_DF) {
            return hillLogSurvival(t, df);
        }
        final double a = df / 2;
        final double b = 0.5;
        final double log1p = log1pSquare(t, df);
        final double logX = -log1p; // x = df / (df + t^2)
        final double logY = t == 0 ? Double.NEGATIVE_INFINITY : 2 * StrictMath.log(Math.abs(t)) - StrictMath.log(df) - log1p; // 1 - x
        final double x = StrictMath.exp(logX);
        final double logPrefactor = a * logX + b * logY - Beta.logBeta(a, b);
        if (x < (a + 1) / (a + b + 2)) {
            // I_x(a, b) = x^a y^b / (a B(a, b)) * cf(a, b, x): the small tail, kept in logarithms.
            return logPrefactor + StrictMath.log(continuedFraction(a, b, x) / a) - StrictMath.log(2);
        }
        // I_x(a, b) = 1 - I_y(b, a): here S is at least about 0.04, so the subtraction is harmless.
        final double complement = StrictMath.exp(logPrefactor) * continuedFraction(b, a, StrictMath.exp(logY)) / b;
        return StrictMath.log1p(-complement) - StrictMath.log(2);
    }

    /**
     * Hill's normalizing transformation (Algorithm 395, CACM 1970) for large \(\nu\): with
     * \(a = \nu - \tfrac12\), \(b = 48a^2\), \(y = a \log(1 + t^2/\nu)\),
     * \[ z = \sqrt y\,\Big(1 + \big(y + 3 + \tfrac{((-0.4y - 3.3)y - 24)y - 85.5}{0.8y^2 + 100 + b}\big)/b\Big) \]
     * and \(S(t) = \bar\Phi(z)\); the neglected terms are \(O(y^2/b^2)\), below 1e-16 once
     * \(\nu \ge 10^6\) for every tail above 1e-300. The continued fraction would need about
     * \(\sqrt\nu\) terms there and accumulate their rounding.
     */
    private static double hillLogSurvival(double t, double df) {
        final double a = df - 0.5;
        final double b = 48 * a * a;
        final double y = a * log1pSquare(t, df);
        final double z = Math.sqrt(y) * (1 + (y + 3 + (((-0.4 * y - 3.3) * y - 24) * y - 85.5) / (0.8 * y * y + 100 + b)) / b);
        final double s = Distributions.normalSurvival(z);
        if (s > 0) {
            return StrictMath.log(s);
        }
        // Beyond the doubles: log of Mills' ratio series, 1 - 1/z^2 + 3/z^4 - 15/z^6.
        final double w = 1 / (z * z);
        return -z * z / 2 - StrictMath.log(z * Math.sqrt(2 * Math.PI)) + StrictMath.log1p(w * (-1 + w * (3 - 15 * w)));
    }

    /**
     * The continued fraction of the regularized incomplete beta function (modified Lentz), which
     * converges quickly for \(x &lt; (a+1)/(a+b+2)\). Its prefactor is computed by the caller from
     * \(\log x\) and \(\log(1-x)\) directly: commons-math3 forms it from the rounded \(x\), whose error
     * \(a\) then multiplies (relative 1e-10 at \(\nu = 10^7\)).
     */
    private static double continuedFraction(double a, double b, double x) {
        final double tiny = 1e-300;
        final double qab = a + b;
        final double qap = a + 1;
        final double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= MAX_FRACTION_TERMS; m++) {
            final int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            final double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) <= FRACTION_EPSILON) {
                break;
            }
        }
        return h;
    }

    /**
     * Returns \(\log \mathrm{pdf}(t)\) of \(T_\nu\).
     */
    static double logDensity(double t, double df) {
        return Gamma.logGamma((df + 1) / 2) - Gamma.logGamma(df / 2) - 0.5 * StrictMath.log(df * Math.PI)
            - (df + 1) / 2 * log1pSquare(t, df);
    }

    /**
     * Returns the upper quantile \(t_a\): \(P(T_\nu &gt; t_a) = a\).
     *
     * @param a the upper-tail probability in (0, 1)
     * @param df the degrees of freedom \(\nu &gt; 0\)
     * @return the quantile (negative when {@code a > 1/2})
     */
    static double upperQuantile(double a, double df) {
        if (a > 0.5) {
            return -upperQuantile(1 - a, df);
        }
        if (a == 0.5) {
            return 0;
        }
        final double target = StrictMath.log(a);
        double lo = 0; // S(lo) > a
        double hi = 1; // grows until S(hi) <= a
        while (logSurvival(hi, df) > target) {
            lo = hi;
            hi *= 16;
            if (hi > Double.MAX_VALUE / 16) {
                return Double.MAX_VALUE; // a below S(MAX_VALUE): only for df < 1
            }
        }
        double t = lo == 0 ? hi / 2 : Math.sqrt(lo) * Math.sqrt(hi);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            final double f = logSurvival(t, df) - target;
            if (f == 0) {
                return t;
            }
            if (f > 0) {
                lo = t;
            } else {
                hi = t;
            }
            // Newton on log S: the step is f * S / pdf = f * exp(log S - log pdf).
            final double step = f * StrictMath.exp(logSurvival(t, df) - logDensity(t, df));
            double next = t + step;
            if (!(next > lo && next < hi)) {
                next = hi > 4 * lo && lo > 0 ? Math.sqrt(lo) * Math.sqrt(hi) : lo + (hi - lo) / 2;
            }
            if (Math.abs(next - t) <= 2 * Math.ulp(t) || next == lo || next == hi) {
                return next;
            }
            t = next;
        }
        return t;
    }
}
