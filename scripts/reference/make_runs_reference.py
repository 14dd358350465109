#!/usr/bin/python3
"""Reference values for benchproof's run-level aggregates (issue 8), from numpy/SciPy implementations
of rliable's definitions. rliable itself is not installable here; its definitions are those of
google-research/rliable rliable/metrics.py at commit 72fc16c31c4021b72e7b21f3ba915e1b38cff481:

    aggregate_iqm(s)          = scipy.stats.trim_mean(s, proportiontocut=0.25, axis=None)
    aggregate_median(s)       = np.median(np.mean(s, axis=0))
    aggregate_mean(s)         = np.mean(np.mean(s, axis=0))
    aggregate_optimality_gap  = gamma - np.mean(np.minimum(s, gamma))
    probability_of_improvement(x, y) = mean over tasks of mannwhitneyu(x[:, t], y[:, t],
                                       alternative='greater').statistic / (n_x * n_y)
                                       (0.5 when the two columns are equal)
    performance profile (score distribution) at tau = np.mean(s > tau)

Each case is written as episode records, CSV and JSON Lines (the same records), into
src/test/resources/reference/runs/, and the score matrix is rebuilt from those records
(mean episode reward per (seed, task)), so the Java test goes through the readers too.

The bootstrap columns come from an independent numpy stratified bootstrap (np.random.default_rng(seed),
10,000 resamples; per task, runs drawn with replacement; arms independent), percentile intervals by
np.percentile (linear) and BCa by the definition in StratifiedBootstrap's javadoc. They agree with
benchproof's SplitMix64 draws only within Monte Carlo error; the test allows a fraction of the
bootstrap standard deviation.

    /usr/bin/python3 scripts/reference/make_runs_reference.py
"""
import json
import os
import sys

import numpy as np
import scipy
import scipy.stats

OUT = "src/test/resources/reference/runs"
RESAMPLES = 10_000
CONFIDENCE = 0.95
METRICS = ["iqm", "median", "mean", "optimality_gap"]


def iqm(s):
    return scipy.stats.trim_mean(s, proportiontocut=0.25, axis=None)


def median(s):
    return np.median(np.mean(s, axis=0))


def mean(s):
    return np.mean(np.mean(s, axis=0))


def optimality_gap(s, gamma):
    return gamma - np.mean(np.minimum(s, gamma))


def poi(x, y):
    probs = []
    for t in range(x.shape[1]):
        if np.array_equal(x[:, t], y[:, t]):
            probs.append(0.5)
        else:
            u = scipy.stats.mannwhitneyu(x[:, t], y[:, t], alternative="greater").statistic
            probs.append(u / (x.shape[0] * y.shape[0]))
    return np.mean(probs)


def statistics(b, t, gamma, taus):
    out = {}
    for name in METRICS:
        f = (lambda s: optimality_gap(s, gamma)) if name == "optimality_gap" else globals()[name]
        out[name + "_baseline"] = f(b)
        out[name + "_trained"] = f(t)
        out[name + "_delta"] = out[name + "_trained"] - out[name + "_baseline"]
    out["poi"] = poi(t, b)
    for k, tau in enumerate(taus):
        out["profile_baseline_%d" % k] = np.mean(b > tau)
        out["profile_trained_%d" % k] = np.mean(t > tau)
    return out


def stratified(rng, s):
    runs, tasks = s.shape
    idx = rng.integers(0, runs, size=(runs, tasks))
    return s[idx, np.arange(tasks)[None, :]]


def bca(draws, point, influences, alpha):
    draws = np.sort(draws)
    r = len(draws)
    if draws[0] == draws[-1]:
        return np.percentile(draws, [100 * alpha / 2, 100 * (1 - alpha / 2)])
    p = min(max(np.mean(draws < point), 0.5 / r), 1 - 0.5 / r)
    z0 = scipy.stats.norm.ppf(p)
    s2 = np.sum(influences ** 2)
    a = 0.0 if s2 == 0 else np.sum(influences ** 3) / (6 * s2 ** 1.5)
    levels = []
    for z in (scipy.stats.norm.ppf(alpha / 2), scipy.stats.norm.ppf(1 - alpha / 2)):
        levels.append(min(1.0, max(0.0, scipy.stats.norm.cdf(z0 + (z0 + z) / (1 - a * (z0 + z))))))
    return np.percentile(draws, [100 * levels[0], 100 * levels[1]])


def jackknife_influences(b, t, gamma, taus):
    """Per statistic, U over baseline runs then trained runs (leave one whole run out)."""
    cols = {}
    for arm, n in (("b", b.shape[0]), ("t", t.shape[0])):
        if n < 2:
            continue
        values = []
        for i in range(n):
            if arm == "b":
                values.append(statistics(np.delete(b, i, axis=0), t, gamma, taus))
            else:
                values.append(statistics(b, np.delete(t, i, axis=0), gamma, taus))
        for key in values[0]:
            v = np.array([x[key] for x in values])
            cols.setdefault(key, []).extend((n - 1) * (v.mean() - v))
    return {k: np.array(v) for k, v in cols.items()}


def episodes(rng, runs, tasks, per_cell, spread, integer, seed_names, gain, safety):
    """Records (task, seed, reward[, safety]) with a seed effect and episode noise."""
    records = []
    for r in range(runs):
        seed_effect = rng.normal(0, spread)
        for t in range(tasks):
            n = per_cell if isinstance(per_cell, int) else int(rng.integers(per_cell[0], per_cell[1] + 1))
            for e in range(n):
                x = 0.3 * t + seed_effect + gain + rng.normal(0, 0.2)
                x = float(round(x * 4)) / 4 if integer else round(float(x), 6)
                rec = {"task": "task-%d" % t, "seed": seed_names(r), "episode": e, "reward": x}
                if safety:
                    rec["safety_penalty"] = round(float(abs(rng.normal(0.1, 0.05))), 6)
                records.append(rec)
    order = rng.permutation(len(records))
    return [records[i] for i in order]


def score_matrix(records):
    tasks = sorted({r["task"] for r in records})
    seeds = sorted({str(r["seed"]) for r in records})
    sums = {}
    for r in records:
        sums.setdefault((str(r["seed"]), r["task"]), []).append(r["reward"])
    return np.array([[np.mean(sums[(s, t)]) for t in tasks] for s in seeds])


def write(case, arm, records):
    keys = ["task", "seed", "episode", "reward"] + (["safety_penalty"] if "safety_penalty" in records[0] else [])
    with open(os.path.join(OUT, "%s.%s.csv" % (case, arm)), "w", encoding="utf-8", newline="") as f:
        f.write(",".join(keys) + "\n")
        for r in records:
            f.write(",".join(repr(r[k]) if isinstance(r[k], float) else str(r[k]) for k in keys) + "\n")
    with open(os.path.join(OUT, "%s.%s.jsonl" % (case, arm)), "w", encoding="utf-8", newline="") as f:
        for r in records:
            f.write(json.dumps({k: r[k] for k in keys}) + "\n")


CASES = [
    # name, tasks, baseline runs, trained runs, episodes per cell, seed sd, integer rewards, seeds, gain, safety, gamma
    ("one-task", 1, 5, 5, 20, 0.1, False, lambda r: r, 0.1, False, 1.0),
    ("two-tasks-unequal-runs", 2, 4, 7, (1, 30), 0.2, False, lambda r: 100 + r, 0.0, True, 1.0),
    ("three-tasks-ties", 3, 6, 6, 1, 0.3, True, lambda r: r, 0.0, False, 0.5),
    ("five-tasks", 5, 10, 8, 5, 0.1, False, lambda r: "run-%02d" % r, 0.2, False, 1.0),
    ("eight-tasks", 8, 5, 6, 3, 0.15, False, lambda r: "s%d" % r, 0.05, True, 2.0),
    ("two-runs", 2, 2, 3, 4, 0.1, False, lambda r: r, 0.3, False, 1.0),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i, (case, tasks, nb, nt, per_cell, spread, integer, seeds, gain, safety, gamma) in enumerate(CASES):
        rng = np.random.default_rng(1000 + i)
        base = episodes(rng, nb, tasks, per_cell, spread, integer, seeds, 0.0, safety)
        trained = episodes(rng, nt, tasks, per_cell, spread, integer, seeds, gain, safety)
        write(case, "baseline", base)
        write(case, "trained", trained)
        b, t = score_matrix(base), score_matrix(trained)
        pooled = np.concatenate([b.ravel(), t.ravel()])
        taus = list(np.linspace(pooled.min(), pooled.max(), 5))
        point = statistics(b, t, gamma, taus)
        boot = np.random.default_rng(7 + i)
        draws = {k: np.empty(RESAMPLES) for k in point}
        for r in range(RESAMPLES):
            values = statistics(stratified(boot, b), stratified(boot, t), gamma, taus)
            for k, v in values.items():
                draws[k][r] = v
        influences = jackknife_influences(b, t, gamma, taus)
        alpha = 1 - CONFIDENCE
        for k in point:
            lo, hi = np.percentile(draws[k], [100 * alpha / 2, 100 * (1 - alpha / 2)])
            u = influences.get(k, np.zeros(1))
            blo, bhi = bca(draws[k], point[k], u, alpha)
            rows.append((case, k, point[k], lo, hi, blo, bhi, np.std(draws[k], ddof=1)))
        rows.append((case, "gamma", gamma, 0, 0, 0, 0, 0))
        for k, tau in enumerate(taus):
            rows.append((case, "tau_%d" % k, tau, 0, 0, 0, 0, 0))
    with open("src/test/resources/reference/runs.tsv", "w", encoding="utf-8") as f:
        f.write("# numpy %s, scipy %s, python %s; rliable google-research/rliable@72fc16c31c4021b72e7b21f3ba915e1b38cff481\n"
                % (np.__version__, scipy.__version__, sys.version.split()[0]))
        f.write("# made by: /usr/bin/python3 scripts/reference/make_runs_reference.py (definitions in its docstring)\n")
        f.write("# point: rliable's definition on the score matrix of <case>.{baseline,trained}.{csv,jsonl}\n")
        f.write("# pct_low/pct_high: numpy stratified bootstrap, %d resamples, np.percentile; bca_low/bca_high: BCa;"
                " boot_sd: sd of the draws\n" % RESAMPLES)
        f.write("case\tstatistic\tpoint\tpct_low\tpct_high\tbca_low\tbca_high\tboot_sd\n")
        for row in rows:
            f.write("\t".join([row[0], row[1]] + [repr(float(v)) for v in row[2:]]) + "\n")


if __name__ == "__main__":
    main()
