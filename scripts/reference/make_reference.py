#!/usr/bin/env python3
"""Writes the SciPy reference values used by the tests of dev.benchproof.stats.

Run from the repository root with Debian's SciPy (apt-get install -y python3-scipy):

    /usr/bin/python3 scripts/reference/make_reference.py

Output: src/test/resources/reference/*.tsv. Each file starts with '#' lines naming the SciPy and
NumPy versions and the exact call or formula; then a tab-separated header row and data rows.
Numbers are written with repr(), which round-trips exactly through Java's Double.parseDouble.
The datasets themselves are written to datasets.tsv so the tests never regenerate them.
"""
import os
import sys
import warnings
from fractions import Fraction

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "src", "test", "resources", "reference")
VERSIONS = f"scipy {scipy.__version__}, numpy {np.__version__}, python {sys.version.split()[0]}"
ALTERNATIVES = {"TWO_SIDED": "two-sided", "GREATER": "greater"}
ALPHAS = (0.05, 0.01)


def datasets():
    """name -> (baseline, trained, ill_conditioned); every dataset is deterministic."""
    rng = np.random.default_rng(20240601)
    d = {}
    d["n2"] = ([1.0, 2.0], [2.5, 3.0], False)
    d["small_gain"] = (np.round(rng.normal(0.0, 1.0, 10), 3), np.round(rng.normal(0.8, 1.0, 10), 3), False)
    d["unequal"] = (np.round(rng.normal(10.0, 0.5, 7), 4), np.round(rng.normal(10.4, 2.0, 30), 4), False)
    d["ties"] = (rng.integers(0, 5, 20).astype(float), rng.integers(1, 6, 20).astype(float), False)
    d["ill"] = (1e9 + rng.normal(0.0, 1e-3, 25), 1e9 + 4e-4 + rng.normal(0.0, 1e-3, 25), True)
    d["worse"] = (np.round(rng.normal(5.0, 1.0, 12), 3), np.round(rng.normal(4.2, 1.5, 12), 3), False)
    d["one_const"] = ([3.0] * 5, np.round(rng.normal(3.5, 1.0, 8), 3).tolist(), False)
    base = np.round(rng.normal(0.0, 1.0, 12), 3)
    d["paired_small"] = (base, np.round(base + rng.normal(0.5, 1.0, 12), 3), False)
    base = rng.integers(0, 20, 15).astype(float)
    d["paired_ties"] = (base, base + rng.choice([-2.0, -1.0, 1.0, 2.0, 3.0], 15), False)
    base = rng.integers(0, 20, 20).astype(float)
    d["paired_zeros"] = (base, base + rng.choice([-1.0, 0.0, 1.0, 2.0], 20), False)
    d["half_ranks"] = ([0.0] * 6, [1.0, -1.0, 2.0, 3.0, 3.0, 5.0], False)  # tied |d|: W+ = 19.5
    base = np.round(rng.normal(100.0, 10.0, 60), 2)
    d["n60"] = (base, np.round(base + rng.normal(1.0, 4.0, 60), 2), False)
    d["large"] = (np.round(rng.normal(0.0, 1.0, 200), 5), np.round(rng.normal(0.1, 1.2, 200), 5), False)
    return {k: (np.asarray(b, dtype=float), np.asarray(t, dtype=float), ill) for k, (b, t, ill) in d.items()}


def exact_moments(x):
    """Exact mean and unbiased variance of the doubles in x, as Fractions."""
    xs = [Fraction(float(v)) for v in x]
    n = len(xs)
    mean = sum(xs) / n
    return mean, sum((v - mean) ** 2 for v in xs) / (n - 1)


def t_quantile(p, df):
    """stats.t.ppf(p, df) refined by Newton steps on stats.t.sf.

    SciPy 1.10's t.ppf (cephes stdtri) is off by up to ~2e-9 relative for non-integer df:
    stats.t.cdf(stats.t.ppf(0.975, 46.28556217097669), 46.28556217097669) = 0.9749999998081366.
    The refined value agrees with an mpmath (40 digits) root of the t cdf to ~1e-15.
    """
    q = stats.t.ppf(p, df)
    for _ in range(3):
        q += (stats.t.sf(q, df) - (1 - p)) / stats.t.pdf(q, df)
    return q


def interval(delta, se, df, alpha, alt):
    """The (1 - alpha) interval matching the alternative: two-sided, or [low, inf] for greater."""
    if alt == "greater":
        return delta - t_quantile(1 - alpha, df) * se, float("inf")
    half = t_quantile(1 - alpha / 2, df) * se
    return delta - half, delta + half


def t_power(n, variance, delta, alpha, alt, df):
    """Power of the t gate: stats.nct.sf(c, df, ncp) (+ stats.nct.cdf(-c, df, ncp) two-sided)."""
    tail = alpha / 2 if alt == "two-sided" else alpha
    c = t_quantile(1 - tail, df)
    ncp = delta / np.sqrt(variance / n)
    p = stats.nct.sf(c, df, ncp)
    if alt == "two-sided":
        p += stats.nct.cdf(-c, df, ncp)
    assert np.isfinite(p), (n, variance, delta, alpha, alt, df)
    return p


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


def welch_exact(b, t, alternative):
    """ttest_ind(equal_var=False) with exact moments: for data such as 1e9 + tiny spread."""
    mb, vb = exact_moments(b)
    mt, vt = exact_moments(t)
    ab, at = vb / len(b), vt / len(t)
    delta = float(mt - mb)
    se = float(ab + at) ** 0.5
    df = float((ab + at) ** 2 / (ab ** 2 / (len(b) - 1) + at ** 2 / (len(t) - 1)))
    stat = delta / se
    p = 2 * stats.t.sf(abs(stat), df) if alternative == "two-sided" else stats.t.sf(stat, df)
    return stat, df, p, delta, se


def main():
    data = datasets()
    write("datasets.tsv",
          ["deterministic datasets from numpy.random.default_rng(20240601), see make_reference.py",
           "values: comma-separated repr() of IEEE doubles"],
          ["dataset", "arm", "values"],
          [[k, arm, ",".join(r(v) for v in x)]
           for k, (b, t, _) in data.items() for arm, x in (("baseline", b), ("trained", t))])

    rows = []
    for k, (b, t, _) in data.items():
        for arm, x in (("baseline", b), ("trained", t)):
            mean, var = exact_moments(x)
            for alpha in ALPHAS:
                half = t_quantile(1 - alpha / 2, len(x) - 1) * float(var / len(x)) ** 0.5
                rows.append([k, arm, r(alpha), str(len(x)), r(mean), r(var), r(float(var) ** 0.5),
                             r(float(mean) - half), r(float(mean) + half)])
    write("summary.tsv",
          ["mean, variance: exact rational arithmetic (fractions.Fraction) on the doubles; stddev = sqrt(variance)",
           "interval: mean -/+ t_quantile(1 - alpha/2, n - 1) * sqrt(variance / n)",
           "t_quantile(p, df): stats.t.ppf refined by 3 Newton steps on stats.t.sf/pdf (t.ppf is off by ~1e-9)"],
          ["dataset", "arm", "alpha", "count", "mean", "variance", "stddev", "low", "high"], rows)

    rows = []
    for k, (b, t, ill) in data.items():
        for alt_name, alt in ALTERNATIVES.items():
            stat, df, p, delta, se = welch_exact(b, t, alt)
            if not ill:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # one_const: a constant arm is fine for Welch
                    res = stats.ttest_ind(t, b, equal_var=False, alternative=alt)
                stat, p = res.statistic, res.pvalue
                delta = np.mean(t) - np.mean(b)
                vb, vt = np.var(b, ddof=1) / len(b), np.var(t, ddof=1) / len(t)
                se = np.sqrt(vb + vt)
                df = (vb + vt) ** 2 / (vb ** 2 / (len(b) - 1) + vt ** 2 / (len(t) - 1))
            for alpha in ALPHAS:
                low, high = interval(delta, se, df, alpha, alt)
                rows.append([k, alt_name, r(alpha), "exact" if ill else "scipy",
                             r(stat), r(df), r(p), r(delta), r(low), r(high)])
    write("welch.tsv",
          ["source scipy: stats.ttest_ind(trained, baseline, equal_var=False, alternative=alt) -> statistic, pvalue;",
           "  delta = mean(trained) - mean(baseline); a = var(x, ddof=1)/n per arm; se = sqrt(a_b + a_t);",
           "  df = (a_b + a_t)**2 / (a_b**2/(n_b - 1) + a_t**2/(n_t - 1))",
           "source exact (ill-conditioned data): the same formulas with exact Fraction means and variances,",
           "  p = 2*stats.t.sf(|t|, df) or stats.t.sf(t, df)",
           "interval: two-sided delta -/+ t_quantile(1 - alpha/2, df) * se;"
           " greater: [delta - t_quantile(1 - alpha, df) * se, inf] (issue 13: the interval matches the alternative)",
           "t_quantile(p, df): stats.t.ppf refined by 3 Newton steps on stats.t.sf/pdf (t.ppf is off by ~1e-9)"],
          ["dataset", "alternative", "alpha", "source", "statistic", "df", "pvalue", "delta", "low", "high"], rows)

    paired = {k: v for k, v in data.items() if len(v[0]) == len(v[1])}
    rows = []
    for k, (b, t, _) in paired.items():
        d = t - b
        for alt_name, alt in ALTERNATIVES.items():
            res = stats.ttest_rel(t, b, alternative=alt)
            se = np.std(d, ddof=1) / np.sqrt(len(d))
            for alpha in ALPHAS:
                low, high = interval(np.mean(d), se, len(d) - 1, alpha, alt)
                rows.append([k, alt_name, r(alpha), r(res.statistic), r(len(d) - 1), r(res.pvalue),
                             r(np.mean(d)), r(low), r(high)])
    write("paired.tsv",
          ["stats.ttest_rel(trained, baseline, alternative=alt) -> statistic, pvalue; d = trained - baseline",
           "interval: mean(d) -/+ t_quantile(1 - alpha/2, n - 1) * std(d, ddof=1)/sqrt(n);"
           " greater: [mean(d) - t_quantile(1 - alpha, n - 1) * std(d, ddof=1)/sqrt(n), inf]",
           "t_quantile(p, df): stats.t.ppf refined by 3 Newton steps on stats.t.sf/pdf (t.ppf is off by ~1e-9)"],
          ["dataset", "alternative", "alpha", "statistic", "df", "pvalue", "delta", "low", "high"], rows)

    rows = []
    for k, (b, t, _) in data.items():
        nb, nt = len(b), len(t)
        ranks = stats.rankdata(np.concatenate([t, b]))
        u = ranks[:nt].sum() - nt * (nt + 1) / 2
        n = nb + nt
        _, counts = np.unique(ranks, return_counts=True)
        sigma = np.sqrt(nb * nt / 12 * ((n + 1) - (counts ** 3 - counts).sum() / (n * (n - 1))))
        for alt_name, alt in ALTERNATIVES.items():
            res = stats.mannwhitneyu(t, b, use_continuity=True, alternative=alt, method="asymptotic")
            assert res.statistic == u
            corr = 0.5 if alt == "greater" else 0.5 * np.sign(u - nb * nt / 2)
            z = (u - nb * nt / 2 - corr) / sigma
            p = stats.norm.sf(z) if alt == "greater" else min(1.0, 2 * stats.norm.sf(abs(z)))
            assert abs(p - res.pvalue) <= 1e-14 * res.pvalue, (k, alt, p, res.pvalue)
            rows.append([k, alt_name, r(res.statistic), r(z), r(res.pvalue), r(u / (nb * nt))])
    write("mannwhitney.tsv",
          ["stats.mannwhitneyu(trained, baseline, use_continuity=True, alternative=alt, method='asymptotic')"
           " -> u (statistic), pvalue",
           "z (not returned by SciPy): (u - nb*nt/2 - c)/sigma, c = 0.5 (greater) or 0.5*sign(u - nb*nt/2)"
           " (two-sided), sigma = sqrt(nb*nt/12*((n+1) - sum(t**3 - t)/(n*(n-1)))); poi = u/(nb*nt)"],
          ["dataset", "alternative", "u", "z", "pvalue", "poi"], rows)

    rows = []
    for k, (b, t, _) in paired.items():
        d = t - b
        method = "exact" if len(d) <= 50 and not np.any(d == 0) else "approx"
        for alt_name, alt in ALTERNATIVES.items():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                res = stats.wilcoxon(t, b, zero_method="wilcox", correction=False, alternative=alt, method="auto")
            rows.append([k, alt_name, method, r(res.statistic), r(res.pvalue)])
    write("wilcoxon.tsv",
          ["stats.wilcoxon(trained, baseline, zero_method='wilcox', correction=False, alternative=alt,"
           " method='auto') -> statistic, pvalue",
           "method (informative): SciPy 1.10 'auto' is exact when len(d) <= 50 and no d == 0, else approx"],
          ["dataset", "alternative", "method", "statistic", "pvalue"], rows)

    rows = []
    for k, (b, t, ill) in data.items():
        nb, nt = len(b), len(t)
        if ill:
            mb, vb = exact_moments(b)
            mt, vt = exact_moments(t)
            pooled = float(((nb - 1) * vb + (nt - 1) * vt) / (nb + nt - 2)) ** 0.5
            delta = float(mt - mb)
        else:
            pooled = np.sqrt(((nb - 1) * np.var(b, ddof=1) + (nt - 1) * np.var(t, ddof=1)) / (nb + nt - 2))
            delta = np.mean(t) - np.mean(b)
        d = delta / pooled
        rows.append([k, "exact" if ill else "numpy", r(pooled), r(d), r(d * (1 - 3 / (4 * (nb + nt) - 9)))])
    write("effects.tsv",
          ["numpy: pooled = sqrt(((nb-1)*var(b, ddof=1) + (nt-1)*var(t, ddof=1))/(nb+nt-2));"
           " d = (mean(t) - mean(b))/pooled; g = d*(1 - 3/(4*(nb+nt) - 9))",
           "exact (ill-conditioned data): the same with exact Fraction means and variances"],
          ["dataset", "source", "pooled", "cohens_d", "hedges_g"], rows)

    rows = []
    cases = [(1.0, 1.0, 0.5, 0.05, 0.8), (4.0, 9.0, 0.3, 0.05, 0.9), (0.25, 0.3, 0.01, 0.01, 0.8),
             (100.0, 50.0, 7.0, 0.1, 0.95), (1.0, 0.0, 3.0, 0.05, 0.5), (2.5e-3, 3.1e-3, 1e-3, 0.05, 0.8),
             (1.0, 1.0, 2.0, 0.05, 0.8), (1.0, 4.0, 1.0, 0.01, 0.9)]
    for vb, vt, delta, alpha, power in cases:
        for alt_name, alt in ALTERNATIVES.items():
            v = vb + vt
            ratio = v ** 2 / (vb ** 2 + vt ** 2)  # Welch df per episode beyond the first
            n = 2
            while t_power(n, v, delta, alpha, alt, (n - 1) * ratio) < power:
                n += 1
            margin = t_power(n, v, delta, alpha, alt, (n - 1) * ratio) - power
            rows.append([r(vb), r(vt), r(delta), r(alpha), r(power), alt_name, str(n), r(margin)])
    write("power.tsv",
          ["episodes per arm = smallest n >= 2 with power(n) >= target, for Welch's t gate at n per arm:",
           "  df = (n - 1)*(var_b + var_t)**2/(var_b**2 + var_t**2), ncp = min_delta/sqrt((var_b + var_t)/n),",
           "  c = t_quantile(1 - alpha', df), alpha' = alpha/2 (TWO_SIDED) or alpha (GREATER),",
           "  power(n) = stats.nct.sf(c, df, ncp) [+ stats.nct.cdf(-c, df, ncp) TWO_SIDED];"
           " margin = power(n) - target"],
          ["var_b", "var_t", "min_delta", "alpha", "power", "alternative", "episodes", "margin"], rows)

    rows = []
    for vd, delta, alpha, power in [(1.0, 0.5, 0.05, 0.8), (0.3, 0.25, 0.01, 0.9), (2.0, 3.0, 0.05, 0.8)]:
        for alt_name, alt in ALTERNATIVES.items():
            n = 2
            while t_power(n, vd, delta, alpha, alt, n - 1) < power:
                n += 1
            margin = t_power(n, vd, delta, alpha, alt, n - 1) - power
            rows.append([r(vd), r(delta), r(alpha), r(power), alt_name, str(n), r(margin)])
    write("power_paired.tsv",
          ["pairs = smallest n >= 2 with power(n) >= target for the paired t gate: df = n - 1,"
           " ncp = min_delta/sqrt(var_d/n), power as in power.tsv"],
          ["var_d", "min_delta", "alpha", "power", "alternative", "pairs", "margin"], rows)


if __name__ == "__main__":
    main()
