#!/usr/bin/python3
"""Peer for bench/compare.sh: scipy.stats.bootstrap of the mean delta, percentile interval, as
benchproof's Bootstrap.meanDeltaInterval computes it; reads both sample files (json) first.

    /usr/bin/python3 bench/peers/bootstrap_scipy.py BASELINE.json TRAINED.json RESAMPLES

Vectorized in batches of 200 resamples (without batches, 10^4 x 10^4 per arm needs 1.6 GB).
Prints the interval and the wall and CPU seconds spent inside scipy.stats.bootstrap.
"""
import json
import sys
import time

import numpy as np
from scipy import stats


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        b = np.asarray(json.load(f), dtype=float)
    with open(argv[2], encoding="utf-8") as f:
        t = np.asarray(json.load(f), dtype=float)
    start, start_cpu = time.perf_counter(), time.process_time()
    res = stats.bootstrap((b, t), lambda x, y, axis: y.mean(axis=axis) - x.mean(axis=axis),
                          n_resamples=int(argv[3]), method="percentile", vectorized=True, batch=200,
                          random_state=np.random.default_rng(20240229))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    ci = res.confidence_interval
    print("interval=[%.6f, %.6f] in_process_s=%.3f (cpu %.3f)" % (ci.low, ci.high, elapsed, cpu))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
