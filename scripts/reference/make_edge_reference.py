#!/usr/bin/env python3
"""Writes the reference values for statistics at the edges (issue 13), computed exactly.

Run from the repository root with Debian's mpmath and SciPy
(apt-get install -y python3-mpmath python3-scipy):

    /usr/bin/python3 scripts/reference/make_edge_reference.py

Output in src/test/resources/reference/ (same format as make_reference.py: '#' lines with the
versions and the method, a tab-separated header, rows; numbers are repr() of doubles):

- t_quantiles.tsv: upper quantiles t with P(T_df > t) = a, for a from 1e-300 to 0.95 and df from 1
  to 1e7. P(T > t) = betainc(df/2, 1/2, 0, df/(df + t^2), regularized=True)/2 in mpmath at 40
  digits; the root of log P(T > e^u) - log a is found in u with mpmath.findroot (Illinois).
- edges.tsv: Welch and paired t-tests on the issue's edge cases, from exact rational moments
  (fractions.Fraction on the doubles) and the mpmath t tail/quantile above; the SciPy 1.10 call
  that gives the same numbers (where SciPy can) is in each row's 'scipy' column.
"""
import os
import sys
from fractions import Fraction

import mpmath as mp
import scipy
from scipy import stats

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "src", "test", "resources", "reference")
VERSIONS = f"mpmath {mp.__version__}, scipy {scipy.__version__}, python {sys.version.split()[0]}"
mp.mp.dps = 40

ALPHAS = (1e-300, 1e-200, 1e-100, 1e-50, 1e-17, 1e-15, 1e-12, 1e-9, 1e-6, 1e-3, 0.025, 0.05, 0.1, 0.3)
DFS = (1, 1.5, 2, 3, 4.7, 10, 30, 100, 1e3, 1e5, 1e7)


def sf(t, df):
    """P(T_df > t) for t >= 0, in mpmath."""
    t = mp.mpf(t)
    df = mp.mpf(df)
    return mp.betainc(df / 2, mp.mpf(1) / 2, 0, df / (df + t * t), regularized=True) / 2


def upper_quantile(a, df):
    """t with P(T_df > t) = a, for a < 1/2."""
    target = mp.log(mp.mpf(a))
    f = lambda u: mp.log(sf(mp.exp(u), df)) - target  # noqa: E731
    lo, hi = mp.mpf(-40), mp.mpf(1)
    while f(hi) > 0:
        lo, hi = hi, hi * 2
    return mp.exp(mp.findroot(f, (lo, hi), solver="illinois"))


def r(v):
    return repr(float(v))


def write(name, comments, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# {VERSIONS}\n")
        for c in comments:
            f.write(f"# {c}\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


def moments(x):
    xs = [Fraction(float(v)) for v in x]
    n = len(xs)
    mean = sum(xs) / n
    return n, mean, sum((v - mean) ** 2 for v in xs) / (n - 1)


def welch(b, t, alt, alpha):
    nb, mb, vb = moments(b)
    nt, mt, vt = moments(t)
    ab, at = vb / nb, vt / nt
    delta = mt - mb
    se = mp.sqrt(mp.mpf(ab.numerator) / ab.denominator + mp.mpf(at.numerator) / at.denominator)
    df_frac = (ab + at) ** 2 / (ab ** 2 / (nb - 1) + at ** 2 / (nt - 1))
    df = mp.mpf(df_frac.numerator) / df_frac.denominator
    pooled = ((nb - 1) * vb + (nt - 1) * vt) / (nb + nt - 2)
    return test_row(mp.mpf(delta.numerator) / delta.denominator, se, df, alt, alpha,
                    mp.sqrt(mp.mpf(pooled.numerator) / pooled.denominator))


def paired(b, t, alt, alpha):
    d = [float(y) - float(x) for x, y in zip(b, t)]  # the doubles the code differences, as numpy does
    n, m, v = moments(d)
    se = mp.sqrt(mp.mpf(v.numerator) / v.denominator / n)
    return test_row(mp.mpf(m.numerator) / m.denominator, se, mp.mpf(n - 1), alt, alpha, None)


def test_row(delta, se, df, alt, alpha, pooled):
    stat = delta / se
    if alt == "greater":
        p = sf(stat, df) if stat >= 0 else 1 - sf(-stat, df)
        low, high = delta - upper_quantile(alpha, df) * se, mp.inf
    else:
        p = 2 * sf(abs(stat), df)
        half = upper_quantile(alpha / 2, df) * se
        low, high = delta - half, delta + half
    d = delta / pooled if pooled is not None else mp.nan
    return [r(stat), r(df), r(p), r(delta), r(low), "inf" if high == mp.inf else r(high),
            "nan" if pooled is None else r(pooled), r(d)]


CASES = [
    # name, baseline, trained, test, alternative, alpha, SciPy call giving statistic/pvalue
    ("tiny_1e-170", [1e-170, 2e-170, 3e-170, 4e-170], [3e-170, 4e-170, 6e-170, 7e-170], "welch", "two-sided",
     0.05, "ttest_ind([3,4,6,7], [1,2,3,4], equal_var=False): the same data scaled by 1e170"),
    ("unit_scale", [1.0, 2.0, 3.0, 4.0], [3.0, 4.0, 6.0, 7.0], "welch", "two-sided", 0.05,
     "ttest_ind([3,4,6,7], [1,2,3,4], equal_var=False)"),
    ("far_apart_1e12", [1e12, 1e12], [0.5, 1.5, 0.25, 2.1], "welch", "two-sided", 0.05,
     "ttest_ind([0.5,1.5,0.25,2.1], [1e12,1e12], equal_var=False)"),
    ("large_1e9", [1e9, 1000000000.3], [1000000000.1, 1000000000.5], "welch", "two-sided", 0.05,
     "exact only: SciPy's moments of 1e9 + 0.1 lose digits"),
    ("greater_shift", [0, 1, 2, 3, 4, 5, 6, 7], [2.3, 3.3, 4.3, 5.3, 6.3, 7.3, 8.3, 9.3], "welch", "greater", 0.05,
     "ttest_ind(trained, baseline, equal_var=False, alternative='greater')"),
    ("greater_shift_two_sided", [0, 1, 2, 3, 4, 5, 6, 7], [2.3, 3.3, 4.3, 5.3, 6.3, 7.3, 8.3, 9.3], "welch",
     "two-sided", 0.05, "ttest_ind(trained, baseline, equal_var=False)"),
    ("paired_greater", [1.0, 2.5, 3.1, 4.0, 5.2, 6.8], [1.9, 2.8, 3.9, 4.1, 6.0, 7.7], "paired", "greater", 0.05,
     "ttest_rel(trained, baseline, alternative='greater')"),
    ("tiny_alpha_1e-15", [0.1, 0.4, -0.3, 0.2, 0.0, 0.5], [0.3, 0.9, 0.2, 0.6, 0.4, 1.1], "welch", "two-sided", 1e-15,
     "ttest_ind(trained, baseline, equal_var=False); interval from the mpmath quantile"),
]


def main():
    rows = []
    for a in ALPHAS:
        for df in DFS:
            rows.append([r(a), r(df), r(upper_quantile(a, df))])
    write("t_quantiles.tsv",
          ["upper quantile t of Student's t: P(T_df > t) = alpha;"
           " P(T > t) = mpmath.betainc(df/2, 1/2, 0, df/(df+t^2), regularized=True)/2 at 40 digits,",
           "root of log P(T > exp(u)) - log(alpha) by mpmath.findroot(solver='illinois')"],
          ["alpha", "df", "quantile"], rows)

    rows = []
    for name, b, t, test, alt, alpha, call in CASES:
        values = welch(b, t, alt, alpha) if test == "welch" else paired(b, t, alt, alpha)
        if test == "welch" and name != "large_1e9":
            res = stats.ttest_ind(t if name != "tiny_1e-170" else [3, 4, 6, 7],
                                  b if name != "tiny_1e-170" else [1, 2, 3, 4],
                                  equal_var=False, alternative=alt)
            assert abs(res.pvalue - float(values[2])) <= 1e-9 * float(values[2]), (name, res.pvalue, values[2])
        rows.append([name, test, alt, r(alpha), ",".join(r(v) for v in b), ",".join(r(v) for v in t)]
                    + values + [call])
    write("edges.tsv",
          ["exact rational moments of the doubles (fractions.Fraction), t tail and quantiles in mpmath (40 digits)",
           "greater: p = P(T > t), interval [delta - t_(1-alpha) se, inf]; two-sided: p = 2 P(T > |t|),"
           " delta -/+ t_(1-alpha/2) se; pooled and cohens_d for Welch rows (nan for paired)",
           "scipy: the SciPy 1.10 call that agrees on the p-value (checked to 1e-9 by this script where it can)"],
          ["case", "test", "alternative", "alpha", "baseline", "trained", "statistic", "df", "pvalue", "delta",
           "low", "high", "pooled", "cohens_d", "scipy"], rows)


if __name__ == "__main__":
    main()
