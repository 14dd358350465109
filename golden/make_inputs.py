#!/usr/bin/env python3
"""Writes the inputs of the golden cases under golden/<command>/<case>/. Deterministic: fixed
seeds, 4 decimals, at most 200 samples per vector. The data is committed; re-run this only to
change a case, then re-approve (README, "Golden files").

Run from the repository root after `mvn -B package` (the manifest case's valid artifacts are made
by the jar itself):  python3 golden/make_inputs.py
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
from sample_vectors import normal, write_text, write_vector  # noqa: E402

ROOT = "golden"
AT = "2026-02-15T23:15:00Z"



def case(command, name, files, args):
    """files: {name: values}; args: the CLI arguments, one per line in args.txt."""
    d = os.path.join(ROOT, command, name)
    for file_name, values in files.items():
        write_vector(os.path.join(d, file_name), values)
    write_text(os.path.join(d, "args.txt"), "\n".join(args) + "\n")
    return d


def proof_args(run_id, *extra):
    return ["proof", "--baseline-samples", "baseline.json", "--trained-samples", "trained.json",
            "--run-id", run_id, "--generated-at", AT, "--output-dir", "out", *extra]


# --- proof -------------------------------------------------------------------------------------
case("proof", "pass", {"baseline.json": normal(101, 100, 1.00, 0.30), "trained.json": normal(102, 100, 1.35, 0.30)},
     proof_args("m24-golden-pass"))
# A significant gain that is too small: only reward_gain_below_threshold.
case("proof", "fail-reward", {"baseline.json": normal(111, 200, 1.00, 0.05), "trained.json": normal(112, 200, 1.03, 0.05)},
     proof_args("m24-golden-fail-reward"))
# A gain above min_reward_delta, but too noisy to be significant: p-value and confidence.
case("proof", "fail-p-value", {"baseline.json": normal(121, 30, 1.00, 1.00), "trained.json": normal(122, 30, 1.15, 1.00)},
     proof_args("m24-golden-fail-p-value"))
# A clear gain bought with a higher mean safety penalty (the reference's mean-penalty inputs).
case("proof", "fail-safety-breach", {"baseline.json": normal(131, 100, 1.00, 0.30), "trained.json": normal(132, 100, 1.35, 0.30)},
     proof_args("m24-golden-fail-safety-breach", "--baseline-safety-penalty", "0.05", "--trained-safety-penalty", "0.12"))
# Safety delta within the threshold, its one-sided 95% upper bound above it.
case("proof", "fail-safety-upper-bound",
     {"baseline.json": normal(141, 60, 1.00, 0.30), "trained.json": normal(142, 60, 1.35, 0.30),
      "baseline-safety.json": normal(143, 60, 0.100, 0.05, floor=0.0),
      "trained-safety.json": normal(144, 60, 0.105, 0.05, floor=0.0)},
     proof_args("m24-golden-fail-safety-upper-bound", "--safety-gate", "upper-bound",
                "--max-safety-regression", "0.02",
                "--baseline-safety-samples", "baseline-safety.json", "--trained-safety-samples", "trained-safety.json"))
case("proof", "unequal-sizes", {"baseline.json": normal(151, 120, 1.00, 0.30), "trained.json": normal(152, 70, 1.30, 0.35)},
     proof_args("m24-golden-unequal-sizes"))
_base = normal(161, 50, 1.00, 0.30)
_noise = normal(162, 50, 0.12, 0.05)
case("proof", "paired", {"baseline.json": _base, "trained.json": [round(b + e, 4) for b, e in zip(_base, _noise)]},
     proof_args("m24-golden-paired", "--paired"))
# Bad input: a string in the baseline samples; one stderr line, exit 2, nothing written.
_bad = normal(171, 10, 1.0, 0.3)
d = case("proof", "bad-sample", {"trained.json": normal(172, 10, 1.3, 0.3)}, proof_args("m24-golden-bad-sample"))
write_text(os.path.join(d, "baseline.json"),
           "[\n" + ",\n".join("  %s" % v for v in _bad[:3]) + ",\n  \"1.5\",\n"
           + ",\n".join("  %s" % v for v in _bad[3:]) + "\n]\n")

# --- safety ------------------------------------------------------------------------------------
def safety_args(run_id):
    return ["safety", "--baseline-safety-samples", "baseline-safety.json",
            "--trained-safety-samples", "trained-safety.json", "--run-id", run_id, "--generated-at", AT,
            "--output-report", "out/m24-benchmark-safety-regression.json"]


case("safety", "pass", {"baseline-safety.json": normal(201, 80, 0.05, 0.02, floor=0.0),
                        "trained-safety.json": normal(202, 80, 0.06, 0.02, floor=0.0)},
     safety_args("m24-golden-safety-pass"))
case("safety", "blocked", {"baseline-safety.json": normal(211, 80, 0.05, 0.02, floor=0.0),
                           "trained-safety.json": normal(212, 80, 0.14, 0.03, floor=0.0)},
     safety_args("m24-golden-safety-blocked"))

# --- significance ------------------------------------------------------------------------------
case("significance", "pass", {"baseline.json": normal(301, 100, 1.00, 0.30), "trained.json": normal(302, 100, 1.20, 0.30)},
     ["significance", "--baseline-samples", "baseline.json", "--trained-samples", "trained.json",
      "--run-id", "m24-golden-significance", "--generated-at", AT,
      "--output-report", "out/m24-benchmark-significance.json"])

# --- edges (issue 13) ---------------------------------------------------------------------------
# One-sided: the example, trained = baseline + 2.3, passes on its one-sided 95% bound 0.1428
# (p 0.0407 < 0.05); the two-sided bound would be -0.327. A gain of 1.0 is not significant (p 0.214).
SHIFT_BASE = [0, 1, 2, 3, 4, 5, 6, 7]


def significance_args(run_id, *extra):
    return ["significance", "--baseline-samples", "baseline.json", "--trained-samples", "trained.json",
            "--run-id", run_id, "--generated-at", AT, "--output-report", "out/m24-benchmark-significance.json", *extra]


case("significance", "one-sided-pass", {"baseline.json": SHIFT_BASE, "trained.json": [v + 2.3 for v in SHIFT_BASE]},
     significance_args("m24-golden-one-sided-pass", "--alternative", "greater"))
case("significance", "one-sided-fail", {"baseline.json": SHIFT_BASE, "trained.json": [v + 1.0 for v in SHIFT_BASE]},
     significance_args("m24-golden-one-sided-fail", "--alternative", "greater"))
# Degenerate: both arms constant, so the t-test is undefined (SciPy: nan): degenerate_samples, no sizing.
case("proof", "degenerate-arms", {"baseline.json": [0.5, 0.5, 0.5, 0.5], "trained.json": [0.75, 0.75, 0.75]},
     proof_args("m24-golden-degenerate-arms"))

# --- evaluate ----------------------------------------------------------------------------------
EPOCH_MS = "1771197300000"  # 2026-02-15T23:15:00Z


def evaluate_args(*extra):
    return ["evaluate", "--baseline-samples", "baseline.json", "--candidate-samples", "candidate.json",
            "--suite-id", "m24-rl-suite", "--baseline-policy-id", "policy-a", "--candidate-policy-id", "policy-b",
            "--generated-at-epoch-ms", EPOCH_MS, "--output-dir", "out", *extra]


def observations(path, seed, p_spread, delta_spread, drift):
    rng = random.Random(seed)
    rows = []
    for s in (1, 2, 3):
        for i, size in enumerate((100, 200, 400)):
            rows.append({"seed": s, "sample_size": size,
                         "p_value": round(0.01 + rng.uniform(0.0, p_spread) + drift * i, 4),
                         "reward_delta": round(0.35 + rng.uniform(-delta_spread, delta_spread) - drift * i, 4)})
    write_text(path, json.dumps(rows, indent=2) + "\n")


case("evaluate", "minimal", {"baseline.json": normal(401, 100, 1.00, 0.30), "candidate.json": normal(402, 100, 1.30, 0.30)},
     evaluate_args())
d = case("evaluate", "with-sections",
         {"baseline.json": normal(411, 100, 1.00, 0.30), "candidate.json": normal(412, 100, 1.30, 0.30)},
         evaluate_args("--observations", "observations.json",
                       "--require-seed-reproducibility", "--require-sample-sensitivity"))
observations(os.path.join(d, "observations.json"), 413, 0.01, 0.02, 0.0)
# Blocked with all three reason codes, in the contract's order.
d = case("evaluate", "promotion-blocked",
         {"baseline.json": normal(421, 100, 1.00, 0.30), "candidate.json": normal(422, 100, 1.30, 0.30)},
         evaluate_args("--observations", "observations.json",
                       "--require-seed-reproducibility", "--require-sample-sensitivity",
                       "--baseline-safety-penalty", "0.05", "--trained-safety-penalty", "0.20"))
observations(os.path.join(d, "observations.json"), 423, 0.2, 0.2, 0.15)

# --- manifest ----------------------------------------------------------------------------------
d = case("manifest", "invalid-files", {}, ["manifest", "artifacts", "--output", "out/artifact-manifest.json"])
art = os.path.join(d, "artifacts")
shutil.rmtree(art, ignore_errors=True)
os.makedirs(art)
with tempfile.TemporaryDirectory() as tmp:
    write_vector(os.path.join(tmp, "b.json"), normal(501, 20, 0.05, 0.02, floor=0.0))
    write_vector(os.path.join(tmp, "t.json"), normal(502, 20, 0.06, 0.02, floor=0.0))
    subprocess.run(["java", "-jar", "target/benchproof.jar", "safety", "--baseline-safety-samples",
                    os.path.join(tmp, "b.json"), "--trained-safety-samples", os.path.join(tmp, "t.json"),
                    "--run-id", "m24-golden-manifest", "--generated-at", AT,
                    "--output-report", os.path.join(art, "safety-regression.json")],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["java", "-jar", "target/benchproof.jar", "significance", "--baseline-samples",
                    "golden/significance/pass/baseline.json", "--trained-samples",
                    "golden/significance/pass/trained.json", "--run-id", "m24-golden-manifest",
                    "--generated-at", AT, "--output-report", os.path.join(art, "significance.json")],
                   check=True, stdout=subprocess.DEVNULL)
with open(os.path.join(art, "safety-regression.json"), encoding="utf-8") as f:
    report = json.load(f)
# Schema-invalid: a negative threshold and an unknown reason code.
report["max_safety_regression"] = -0.5
report["reason_codes"] = ["checkpoint_promotion_blocked_by_mood"]
write_text(os.path.join(art, "safety-regression-invalid.json"), json.dumps(report, indent=2) + "\n")
write_text(os.path.join(art, "not-json.json"), "{\"schema_version\": 1,\n")
write_text(os.path.join(art, "notes.json"), "{\"note\": \"no $schema member\"}\n")
# The manifest reads only the directory's top level, like the reference scan: this is never listed.
write_text(os.path.join(art, "nested/ignored.json"), "{\"not\": \"scanned: the manifest reads only the top level\"}\n")

# --- validate ----------------------------------------------------------------------------------
d = case("validate", "invalid-json-format", {}, ["validate", "--format", "json", "safety-regression-invalid.json"])
shutil.copy(os.path.join(art, "safety-regression-invalid.json"), os.path.join(d, "safety-regression-invalid.json"))
