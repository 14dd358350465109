#!/usr/bin/python3
"""Peer for bench/compare.sh: the SciPy equivalent of benchproof's significance step, as a Python
pipeline would run it: read both sample files (json), summary statistics, Welch's t-test with its
confidence interval, the Mann-Whitney U test (asymptotic, continuity-corrected, the variant benchproof
reports) and the percentile bootstrap of the mean delta (scipy.stats.bootstrap, 10,000 resamples,
skipped beyond the same work budget as benchproof's SignificanceGate.BOOTSTRAP_DRAW_BUDGET), Cohen's d
and Hedges' g; writes the figures as JSON.

    /usr/bin/python3 bench/peers/significance_scipy.py BASELINE.json TRAINED.json OUT.json [RESAMPLES]

Used because the M24 reference scripts are not available here (bench/compare.sh runs them instead
when BENCH_M24_SCRIPTS points at a checkout).
"""
import json
import sys

import numpy as np
from scipy import stats

DRAW_BUDGET = 2_000_000_000  # SignificanceGate.BOOTSTRAP_DRAW_BUDGET


def main(argv):
    baseline_file, trained_file, out_file = argv[1:4]
    resamples = int(argv[4]) if len(argv) > 4 else 10_000
    with open(baseline_file, encoding="utf-8") as f:
        b = np.asarray(json.load(f), dtype=float)
    with open(trained_file, encoding="utf-8") as f:
        t = np.asarray(json.load(f), dtype=float)
    welch = stats.ttest_ind(t, b, equal_var=False)
    vb, vt = b.var(ddof=1) / len(b), t.var(ddof=1) / len(t)
    df = (vb + vt) ** 2 / (vb ** 2 / (len(b) - 1) + vt ** 2 / (len(t) - 1))
    delta = t.mean() - b.mean()
    half = stats.t.ppf(0.975, df) * np.sqrt(vb + vt)
    mw = stats.mannwhitneyu(t, b, alternative="two-sided", method="asymptotic", use_continuity=True)
    bootstrap = None
    if resamples > 0 and resamples * (len(b) + len(t)) <= DRAW_BUDGET:
        res = stats.bootstrap((b, t), lambda x, y, axis: y.mean(axis=axis) - x.mean(axis=axis),
                              n_resamples=resamples, method="percentile", vectorized=True, batch=200,
                              random_state=np.random.default_rng(20240229))
        bootstrap = [res.confidence_interval.low, res.confidence_interval.high]
    pooled = np.sqrt(((len(b) - 1) * b.var(ddof=1) + (len(t) - 1) * t.var(ddof=1)) / (len(b) + len(t) - 2))
    d = delta / pooled
    g = d * (1 - 3 / (4 * (len(b) + len(t)) - 9))
    result = {"baseline_mean": b.mean(), "trained_mean": t.mean(), "delta": delta,
              "welch_t": welch.statistic, "welch_p": welch.pvalue, "welch_ci": [delta - half, delta + half],
              "mann_whitney_u": mw.statistic, "mann_whitney_p": mw.pvalue, "bootstrap_ci": bootstrap,
              "cohens_d": d, "hedges_g": g}
    with open(out_file, "w", encoding="utf-8") as f:
        json.dump({k: (float(v) if isinstance(v, (np.floating, float)) else v) for k, v in result.items()}, f)
    print("welch_p=%.6g mann_whitney_p=%.6g bootstrap=%s" % (welch.pvalue, mw.pvalue, bootstrap))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
