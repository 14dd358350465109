#!/usr/bin/env python3
"""Writes the example sample vectors under examples/. Deterministic: fixed seeds, 4 decimals.

Run from the repository root:  python3 scripts/examples/make_examples.py
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sample_vectors import normal, write_vector  # noqa: E402


# A clear gain with unchanged safety: the proof passes.
write_vector("examples/pass/baseline.json", normal(11, 200, 1.00, 0.30))
write_vector("examples/pass/trained.json", normal(12, 200, 1.35, 0.30))
# No real gain: reward, p-value and confidence criteria fail.
write_vector("examples/fail-reward/baseline.json", normal(21, 200, 1.00, 0.30))
write_vector("examples/fail-reward/trained.json", normal(22, 200, 1.01, 0.30))
# A clear gain bought with more safety violations: the safety gate blocks.
write_vector("examples/safety-breach/baseline.json", normal(31, 200, 1.00, 0.30))
write_vector("examples/safety-breach/trained.json", normal(32, 200, 1.35, 0.30))
write_vector("examples/safety-breach/baseline-safety.json", normal(33, 200, 0.05, 0.02, floor=0.0))
write_vector("examples/safety-breach/trained-safety.json", normal(34, 200, 0.12, 0.03, floor=0.0))
# Seeded reruns at several sample sizes, for evaluate --observations.
observations = []
rng = random.Random(41)
for seed in (1, 2, 3):
    for size in (100, 200, 400):
        observations.append({"seed": seed, "sample_size": size,
                             "p_value": round(rng.uniform(0.0, 0.02), 4),
                             "reward_delta": round(0.35 + rng.uniform(-0.03, 0.03), 4)})
with open("examples/observations.json", "w", encoding="utf-8", newline="\n") as out:
    json.dump(observations, out, indent=2)
    out.write("\n")
